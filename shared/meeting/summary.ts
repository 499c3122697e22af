import { z } from 'zod';
import { PROPOSAL_KINDS } from './options';

export const KindSummarySchema = z.object({
  kind: z.enum(PROPOSAL_KINDS.codes),
  total: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  deferred: z.number().int(),
  undecided: z.number().int(),
  groundcheck: z.number().int(),
});
export type KindSummary = z.infer<typeof KindSummarySchema>;

interface Countable {
  kind: KindSummary['kind'];
  decision: 'DISETUJUI' | 'DITOLAK' | 'DITUNDA' | null;
  groundcheck: boolean;
}

/** Counts per kind and outcome, in the order kinds are listed; kinds with no proposal are left out. */
export function summariseByKind(proposals: readonly Countable[]): KindSummary[] {
  return PROPOSAL_KINDS.codes
    .map((kind) => {
      const mine = proposals.filter((p) => p.kind === kind);
      return {
        kind,
        total: mine.length,
        approved: mine.filter((p) => p.decision === 'DISETUJUI').length,
        rejected: mine.filter((p) => p.decision === 'DITOLAK').length,
        deferred: mine.filter((p) => p.decision === 'DITUNDA').length,
        undecided: mine.filter((p) => p.decision === null).length,
        groundcheck: mine.filter((p) => p.groundcheck).length,
      };
    })
    .filter((s) => s.total > 0);
}
