import type { CrossCheck } from '../../../shared/inbox/city-proposals';
import { hrefFor } from '../app/route';

/** The first cross-kelurahan finding of a row, a link to the proposal it concerns, and how many more there are. */
export function CrossCheckNote({ checks }: { checks: readonly CrossCheck[] }) {
  const first = checks[0];
  if (!first) return <span className="muted">–</span>;
  return (
    <span className="cross-check">
      <span className="cross-check-text" title={checks.map((c) => c.message).join('\n')}>
        {first.message}
      </span>
      <span>
        {/* Inside a clickable row: the link opens the other proposal, not this one. */}
        <a href={hrefFor({ page: 'city-proposals', id: first.otherProposalId })} onClick={(e) => e.stopPropagation()}>
          Buka usulan lain
        </a>
        {checks.length > 1 ? <small className="muted"> · {checks.length - 1} temuan lain</small> : null}
      </span>
    </span>
  );
}
