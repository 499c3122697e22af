import { formatDate, formatLongDate } from '../../../shared/format/date';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { Deadline, DinsosStatus } from '../../../shared/inbox/city-proposals';
import { PROPOSAL_PROGRAMS } from '../../../shared/meeting/options';
import type { ProposalProgram } from '../../../shared/meeting/options';

/** How long an unanswered objection has left: red once lapsed, amber in its last three days. */
export function DeadlineBadge({ deadline }: { deadline: Deadline | null }) {
  if (!deadline) return <span className="muted">–</span>;
  const { daysLeft, dueDate } = deadline;
  const tone = daysLeft < 0 ? 'lapsed' : daysLeft <= 3 ? 'near' : 'open';
  const text = daysLeft < 0 ? `lewat ${-daysLeft} hari` : daysLeft === 0 ? 'hari ini' : `${daysLeft} hari lagi`;
  return (
    <span className="deadline" title={`Batas verifikasi sanggahan: ${formatLongDate(dueDate)}`}>
      <span className={`badge deadline-${tone}`}>{text}</span>
      <small className="muted">s.d. {formatDate(dueDate)}</small>
    </span>
  );
}

export function DinsosStatusBadge({ status }: { status: DinsosStatus | null }) {
  if (status === null) return <span className="badge dinsos-belum">Belum ditanggapi</span>;
  return <span className={`badge dinsos-${status.toLowerCase()}`}>{DINSOS_STATUSES.labels[status]}</span>;
}

export function ProposalProgramChips({ programs }: { programs: readonly ProposalProgram[] }) {
  if (programs.length === 0) return null;
  return (
    <span className="chips">
      {programs.map((p) => (
        <span key={p} className={`chip chip-${p.toLowerCase()}`}>
          {p === 'LAINNYA' ? 'Lainnya' : PROPOSAL_PROGRAMS.labels[p].replace(' (BPNT)', '')}
        </span>
      ))}
    </span>
  );
}
