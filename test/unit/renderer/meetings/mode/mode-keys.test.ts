import { describe, expect, it } from 'vitest';
import { modeAction, noteAction } from '../../../../../renderer/src/meetings/mode/mode-keys';
import type { KeyPress } from '../../../../../renderer/src/meetings/mode/mode-keys';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers,
});

describe('the meeting-mode key map', () => {
  it('decides with 1, 2 and 3', () => {
    expect(['1', '2', '3'].map((k) => modeAction(press(k)))).toEqual([
      { type: 'decide', decision: 'DISETUJUI' },
      { type: 'decide', decision: 'DITOLAK' },
      { type: 'decide', decision: 'DITUNDA' },
    ]);
  });

  it('moves with the arrows and N/P, and knows G, C, F and Esc in either case', () => {
    const types = (keys: string[]) => keys.map((k) => modeAction(press(k))?.type);
    expect(types(['ArrowRight', 'n', 'N'])).toEqual(['next', 'next', 'next']);
    expect(types(['ArrowLeft', 'p', 'P'])).toEqual(['previous', 'previous', 'previous']);
    expect(types(['g', 'G', 'c', 'C', 'f', 'F', 'Escape'])).toEqual(['groundcheck', 'groundcheck', 'note', 'note', 'fullscreen', 'fullscreen', 'exit']);
  });

  it('leaves other keys, and keys with Ctrl, Alt or Meta, to the browser', () => {
    expect(modeAction(press('x'))).toBeNull();
    expect(modeAction(press('Enter'))).toBeNull();
    expect(modeAction(press('1', { ctrlKey: true }))).toBeNull();
    expect(modeAction(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(modeAction(press('f', { metaKey: true }))).toBeNull();
  });

  it('in the note, Enter saves, Shift+Enter is a new line and Esc leaves it', () => {
    expect(noteAction(press('Enter'))).toBe('save');
    expect(noteAction(press('Enter', { shiftKey: true }))).toBeNull();
    expect(noteAction(press('Escape'))).toBe('leave');
    expect(noteAction(press('1'))).toBeNull();
  });
});
