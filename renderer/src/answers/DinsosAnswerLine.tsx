import type { ProposalView } from '../../../shared/meeting/proposal-view';
import { DinsosStatusBadge } from '../dinsos/CityBadges';

/** Dinsos' answer under a proposal of the meeting, once the kelurahan opened one; nothing before. */
export function DinsosAnswerLine({ answer }: { answer: ProposalView['dinsos'] }) {
  if (!answer) return null;
  return (
    <div className="dinsos-answer" data-testid="dinsos-answer">
      <span className="dinsos-answer-label">Tanggapan Dinsos</span> <DinsosStatusBadge status={answer.status} />
      {answer.note ? <span className="dinsos-answer-note">{answer.note}</span> : null}
    </div>
  );
}
