import { GroundcheckAssignInputSchema, GroundcheckListInputSchema } from '../../../shared/groundcheck/schema';
import type { GroundcheckAssignInput, GroundcheckAssignResult, GroundcheckListInput, GroundcheckPage } from '../../../shared/groundcheck/schema';
import { assignmentFromDb, groundcheckWhere } from '../../db/groundcheck-mapping';
import {
  countGroundcheckItems, countUnassignedFlagged, selectAssignments, selectGroundcheckItems, selectOfficers, selectUnassignedFlagged, upsertAssignment,
} from '../../db/groundcheck-queries';
import { writeTransaction } from '../../db/write-transaction';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';
import { groundcheckItems, requireInForce } from './items';

/**
 * An officer and a day for proposals of the city register: those named, or every one its kelurahan flagged "perlu
 * groundcheck" that has neither an officer nor a result yet. Naming a proposal that already has an officer moves it
 * to this one (audited with what it was); the same officer on the same day changes nothing.
 */
export async function assignGroundcheck(ctx: ServiceContext, request: GroundcheckAssignInput): Promise<GroundcheckAssignResult> {
  await requireDinsosOffice(ctx);
  const input = GroundcheckAssignInputSchema.parse(request);
  const officer = input.officer.replace(/\s+/g, ' ');
  return writeTransaction(ctx.db, () => {
    const ids = input.allFlagged ? selectUnassignedFlagged(ctx.db) : [...new Set(input.proposalIds)];
    requireInForce(ctx, ids, 'proposalIds');
    const previous = new Map(selectAssignments(ctx.db, ids).map((a) => [a.proposal_id, a]));
    const assignedAt = ctx.now().toISOString();
    const assignedBy = requireOperator(ctx);
    const outcome: GroundcheckAssignResult = { assigned: 0, reassigned: 0, unchanged: 0, proposalIds: ids };
    for (const id of ids) {
      const before = previous.get(id);
      if (before && before.officer === officer && before.planned_date === input.plannedDate) {
        outcome.unchanged++;
        continue;
      }
      const row = { proposal_id: id, officer, planned_date: input.plannedDate, assigned_at: assignedAt, assigned_by: assignedBy };
      upsertAssignment(ctx.db, row);
      record(ctx, {
        action: before ? 'UBAH' : 'BUAT', entity: 'GROUNDCHECK', entityId: id,
        before: before ? { proposalId: id, ...assignmentFromDb(before) } : undefined,
        after: { proposalId: id, ...assignmentFromDb(row) },
      });
      if (before) outcome.reassigned++;
      else outcome.assigned++;
    }
    return outcome;
  });
}

/** Assigned or checked proposals in force, by day, officer and street, with the flagged ones still waiting for an officer counted. */
export async function listGroundcheck(ctx: ServiceContext, filter: GroundcheckListInput): Promise<GroundcheckPage> {
  const office = await requireDinsosOffice(ctx);
  const f = GroundcheckListInputSchema.parse(filter);
  const where = groundcheckWhere(f);
  return {
    total: countGroundcheckItems(ctx.db, where),
    rows: groundcheckItems(ctx, office.regionCode, selectGroundcheckItems(ctx.db, where, f.offset, f.limit)),
    unassigned: countUnassignedFlagged(ctx.db),
    officers: selectOfficers(ctx.db),
  };
}
