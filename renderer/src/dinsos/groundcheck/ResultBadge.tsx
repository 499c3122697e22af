import { GROUNDCHECK_RESULTS } from '../../../../shared/groundcheck/schema';
import type { GroundcheckResult } from '../../../../shared/groundcheck/schema';

/** What the officer found, green when the family is eligible, red otherwise; grey while nobody has been. */
export function ResultBadge({ result }: { result: GroundcheckResult | null }) {
  if (!result) return <span className="badge gc-belum">Belum diperiksa</span>;
  return <span className={`badge gc-${result.result.toLowerCase()}`}>{GROUNDCHECK_RESULTS.labels[result.result]}</span>;
}
