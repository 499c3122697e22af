import { formatDate } from '../../../shared/format/date';
import { dateIn, timeZoneOf } from '../../../shared/format/time-zone';
import { GroundcheckRecordInputSchema } from '../../../shared/groundcheck/schema';
import type { GroundcheckItem, GroundcheckRecordInput, GroundcheckResult } from '../../../shared/groundcheck/schema';
import { dinsosAnswerOf } from '../../../shared/groundcheck/status';
import { resultFromDb, resultToDb } from '../../db/groundcheck-mapping';
import { selectAssignments, selectResult, updateDinsosAnswer, upsertResult } from '../../db/groundcheck-queries';
import { writeTransaction } from '../../db/write-transaction';
import { AppError } from '../app-error';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';
import { groundcheckItem, requireInForce } from './items';

/**
 * What the officer found at a proposal's address, and Dinsos' answer in the city register that follows from it
 * (shared/groundcheck/status.ts). Recording again corrects the result; the audit trail keeps the earlier one.
 */
export async function recordGroundcheckResult(ctx: ServiceContext, request: GroundcheckRecordInput): Promise<GroundcheckItem> {
  const office = await requireDinsosOffice(ctx);
  const input = GroundcheckRecordInputSchema.parse(request);
  const today = dateIn(timeZoneOf(office.regionCode), ctx.now());
  const checkedAt = input.checkedAt ?? today;
  if (checkedAt > today) {
    throw new AppError('INVALID_INPUT', `Tanggal pemeriksaan ${formatDate(checkedAt)} belum tiba; hasil groundcheck dicatat setelah kunjungan (hari ini ${formatDate(today)})`, 'checkedAt');
  }
  const id = input.proposalId;
  writeTransaction(ctx.db, () => {
    const target = requireInForce(ctx, [id], 'proposalId').get(id);
    if (!target) throw new Error('requireInForce let an unknown proposal through');
    const officer = input.officer?.replace(/\s+/g, ' ') ?? selectAssignments(ctx.db, [id])[0]?.officer;
    if (!officer) {
      throw new AppError('INVALID_INPUT', `Usulan dengan id ${id} belum ditugaskan kepada petugas groundcheck; isi nama petugas yang memeriksa`, 'officer');
    }
    const previous = selectResult(ctx.db, id);
    const result: GroundcheckResult = {
      result: input.result, recommendedDesil: input.recommendedDesil, notes: input.notes, checkedAt, officer,
      recordedAt: ctx.now().toISOString(), recordedBy: requireOperator(ctx),
    };
    const answer = dinsosAnswerOf(result.result, result.recommendedDesil);
    upsertResult(ctx.db, resultToDb(id, result));
    updateDinsosAnswer(ctx.db, id, answer.status, answer.note);
    record(ctx, {
      action: 'PUTUSAN', entity: 'GROUNDCHECK', entityId: id,
      before: { proposalId: id, result: previous ? resultFromDb(previous) : null, dinsosStatus: target.dinsos_status, dinsosNote: target.dinsos_note },
      after: { proposalId: id, result, dinsosStatus: answer.status, dinsosNote: answer.note },
    });
  });
  return groundcheckItem(ctx, office.regionCode, id);
}
