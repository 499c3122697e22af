import { DECISIONS, MEETING_STATUSES } from '../../../shared/meeting/options';
import type { Decision, MeetingStatus } from '../../../shared/meeting/options';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{MEETING_STATUSES.labels[status]}</span>;
}

export function DecisionBadge({ decision, groundcheck }: { decision: Decision | null; groundcheck: boolean }) {
  return (
    <span className="chips">
      {decision ? (
        <span className={`badge decision-${decision.toLowerCase()}`}>{DECISIONS.labels[decision]}</span>
      ) : (
        <span className="badge decision-none">Belum diputuskan</span>
      )}
      {groundcheck ? <span className="badge groundcheck">Perlu groundcheck</span> : null}
    </span>
  );
}
