import { worklistMessage } from '../../shared/dtsen/worklist';
import type { WorklistEntry } from '../../shared/dtsen/worklist';
import type { WorklistCode, WorklistProposeInput, WorklistProposeResult } from '../../shared/dtsen/worklist-schema';
import type { RuleSet } from '../../shared/rules/ruleset';
import type { ProposalKind } from '../../shared/meeting/options';
import type { ProposalInput } from '../../shared/meeting/schema';
import { insertProposal, selectOpenProposalKinds, updateDecision } from '../db/proposal-queries';
import { writeTransaction } from '../db/write-transaction';
import { record } from './audit';
import type { ServiceContext } from './context';
import { openMeeting } from './meeting-guard';
import { filterWorklist, worklist } from './worklist';

/** The kind of proposal each reason becomes; a desil review also gets the groundcheck flag suggested. */
const KIND_OF: Readonly<Record<WorklistCode, ProposalKind>> = {
  PKH_DITANGGUHKAN: 'PENINJAUAN_DESIL',
  BANSOS_DI_ATAS_DESIL: 'PENINJAUAN_DESIL',
  LAYAK_BELUM_MENERIMA: 'USULAN_PROGRAM',
  TIDAK_ADA_DI_DTSEN: 'BARU',
};

/** The chosen entries as they stand on today's list; a choice no longer on it is counted as missing. */
function chosenEntries(all: readonly WorklistEntry[], input: WorklistProposeInput): { entries: WorklistEntry[]; missing: number } {
  if (input.items === null) return { entries: filterWorklist(all, input.filter).entries, missing: 0 };
  const byKey = new Map(all.map((e) => [`${e.code}:${e.householdId}`, e]));
  const wanted = new Set(input.items.map((i) => `${i.code}:${i.householdId}`));
  const entries = [...wanted].flatMap((key) => byKey.get(key) ?? []);
  return { entries, missing: wanted.size - entries.length };
}

/** One proposal per family and kind: two reasons for a desil review (PKH suspended, Sembako above) share it. */
function proposalsOf(entries: readonly WorklistEntry[], rules: RuleSet): ProposalInput[] {
  const grouped = new Map<string, ProposalInput>();
  for (const entry of entries) {
    const kind = KIND_OF[entry.code];
    const key = `${entry.householdId}:${kind}`;
    const message = worklistMessage(entry, rules);
    const found = grouped.get(key);
    if (found) {
      found.reason = `${found.reason} ${message}`;
      continue;
    }
    grouped.set(key, {
      householdId: entry.householdId, memberId: null, kind, programs: kind === 'USULAN_PROGRAM' ? [...entry.concerns] : [],
      deactivationReason: null, reason: message, source: 'DTSEN',
    });
  }
  return [...grouped.values()];
}

/**
 * Jadikan usulan: the chosen items (or every item the filter keeps) become proposals of a meeting that is not
 * finished, in one transaction, each audited. A family already proposed for the same kind in an unfinished
 * meeting (this one included) is skipped.
 */
export function proposeFromWorklist(ctx: ServiceContext, input: WorklistProposeInput): WorklistProposeResult {
  return writeTransaction(ctx.db, () => {
    openMeeting(ctx, input.meetingId);
    const { rules, items: all } = worklist(ctx);
    const { entries, missing } = chosenEntries(all, input);
    const taken = new Set(selectOpenProposalKinds(ctx.db).map((r) => `${r.household_id}:${r.kind}`));
    const now = ctx.now().toISOString();
    let added = 0;
    let skipped = 0;
    for (const proposal of proposalsOf(entries, rules)) {
      if (taken.has(`${proposal.householdId}:${proposal.kind}`)) {
        skipped += 1;
        continue;
      }
      const id = insertProposal(ctx.db, input.meetingId, proposal, now);
      const groundcheck = proposal.kind === 'PENINJAUAN_DESIL';
      if (groundcheck) updateDecision(ctx.db, { proposalId: id, decision: null, groundcheck, note: '' }, now);
      record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: id, meetingId: input.meetingId, householdId: proposal.householdId, after: { ...proposal, groundcheck } });
      added += 1;
    }
    return { added, skipped, missing };
  });
}
