import type { RefObject } from 'react';
import { DECISIONS } from '../../../../shared/meeting/options';
import type { Decision } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';

/** The line under the note: what was saved, what is still needed, or why a save failed. */
export interface ModeMessage {
  kind: 'ok' | 'error';
  text: string;
}

interface DecisionPanelProps {
  proposal: ProposalView;
  /** A rejection or deferral chosen before its reason was written. */
  pending: Decision | null;
  note: string;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  message: ModeMessage | null;
  onNoteChange: (note: string) => void;
  onChoose: (decision: Decision) => void;
  onToggleGroundcheck: () => void;
}

/** The projector's decision side: the current decision, a button per key, the note and the last outcome. */
export function DecisionPanel({ proposal, pending, note, noteRef, message, onNoteChange, onChoose, onToggleGroundcheck }: DecisionPanelProps) {
  return (
    <aside className="mode-decide">
      <p className="mode-current">
        Keputusan: <strong data-testid="mode-decision">{proposal.decision ? DECISIONS.labels[proposal.decision] : 'belum ada'}</strong>
        {proposal.groundcheck ? <span className="badge groundcheck">Perlu groundcheck</span> : null}
      </p>
      <div className="mode-buttons">
        {(['DISETUJUI', 'DITOLAK', 'DITUNDA'] as const).map((d, i) => (
          <button key={d} type="button" className={`mode-button decision-${d.toLowerCase()}${proposal.decision === d ? ' chosen' : ''}${pending === d ? ' pending' : ''}`} onClick={() => onChoose(d)}>
            <kbd>{i + 1}</kbd> {DECISIONS.labels[d]}
          </button>
        ))}
        <button type="button" className={`mode-button groundcheck${proposal.groundcheck ? ' chosen' : ''}`} onClick={onToggleGroundcheck}>
          <kbd>G</kbd> Perlu groundcheck
        </button>
      </div>
      <label htmlFor="mode-note" className="mode-note-label"><kbd>C</kbd> Catatan / alasan</label>
      <textarea id="mode-note" ref={noteRef} rows={3} value={note} onChange={(e) => onNoteChange(e.target.value)} placeholder="Alasan wajib untuk Ditolak dan Ditunda; Enter untuk menyimpan" />
      {message ? <p className={`mode-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
      <p className="mode-keys"><kbd>←</kbd> sebelumnya · <kbd>→</kbd> berikutnya · <kbd>F</kbd> layar penuh · <kbd>Esc</kbd> keluar</p>
    </aside>
  );
}
