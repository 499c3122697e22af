import type { Decision } from '../../../../shared/meeting/options';

export type ModeAction = { type: 'decide'; decision: Decision } | { type: 'next' | 'previous' | 'groundcheck' | 'note' | 'fullscreen' | 'exit' };
export type NoteAction = 'save' | 'leave';

/** What the key map reads of a KeyboardEvent. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const decide = (decision: Decision): ModeAction => ({ type: 'decide', decision });
const NEXT: ModeAction = { type: 'next' };
const PREVIOUS: ModeAction = { type: 'previous' };
const GROUNDCHECK: ModeAction = { type: 'groundcheck' };
const NOTE: ModeAction = { type: 'note' };
const FULLSCREEN: ModeAction = { type: 'fullscreen' };

const KEYS = new Map<string, ModeAction>([
  ['1', decide('DISETUJUI')],
  ['2', decide('DITOLAK')],
  ['3', decide('DITUNDA')],
  ['ArrowRight', NEXT], ['n', NEXT], ['N', NEXT],
  ['ArrowLeft', PREVIOUS], ['p', PREVIOUS], ['P', PREVIOUS],
  ['g', GROUNDCHECK], ['G', GROUNDCHECK],
  ['c', NOTE], ['C', NOTE],
  ['f', FULLSCREEN], ['F', FULLSCREEN],
  ['Escape', { type: 'exit' }],
]);

/** What a key does on the meeting-mode screen outside the note; keys with Ctrl, Alt or Meta are left to the browser. */
export function modeAction(press: KeyPress): ModeAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  return KEYS.get(press.key) ?? null;
}

/** What a key does while the note is being typed: Enter saves it (Shift+Enter is a new line), Esc leaves it. */
export function noteAction(press: KeyPress): NoteAction | null {
  if (press.key === 'Enter' && !press.shiftKey) return 'save';
  if (press.key === 'Escape') return 'leave';
  return null;
}
