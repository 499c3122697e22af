import { formatDate } from '../../../shared/format/date';
import { DINSOS_STATUSES, isSentBack } from '../../../shared/inbox/city-proposals';
import type { ProposalRecord } from '../../../shared/meeting/proposal-view';
import { insertProposal } from '../../db/proposal-queries';
import { writeTransaction } from '../../db/write-transaction';
import { AppError } from '../app-error';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import { loadMeeting, openMeeting } from '../meeting-guard';
import { meetingProposals, proposalInputOf } from '../proposals';

const MAX_REASON = 1000;

/**
 * Carries the proposals Dinsos returned (or found not eligible) from a finished meeting into an unfinished one,
 * each with Dinsos' note added to its reason. A family already proposed there for the same kind is skipped.
 */
export function carryReturned(ctx: ServiceContext, fromMeetingId: number, toMeetingId: number): { added: number; skipped: number } {
  return writeTransaction(ctx.db, () => {
    const from = loadMeeting(ctx, fromMeetingId);
    if (from.status !== 'SELESAI') throw new AppError('CONFLICT', 'Hanya usulan dari musyawarah yang sudah selesai yang dapat dibawa kembali', 'fromMeetingId');
    if (fromMeetingId === toMeetingId) throw new AppError('INVALID_INPUT', 'Pilih musyawarah lain yang belum selesai', 'toMeetingId');
    openMeeting(ctx, toMeetingId);
    const already = new Set(meetingProposals(ctx, toMeetingId).map((p) => `${p.householdId}:${p.kind}`));
    const returned = meetingProposals(ctx, fromMeetingId).filter((p): p is ProposalRecord & { dinsos: NonNullable<ProposalRecord['dinsos']> } => p.dinsos !== null && isSentBack(p.dinsos.status, p.kind));
    if (returned.length === 0) throw new AppError('CONFLICT', 'Tidak ada usulan musyawarah ini yang dikembalikan Dinsos atau dinyatakan tidak layak saat groundcheck');
    const now = ctx.now().toISOString();
    let added = 0;
    for (const p of returned) {
      if (already.has(`${p.householdId}:${p.kind}`)) continue;
      const reason = `${p.reason} (Tanggapan Dinsos atas musyawarah ${formatDate(from.date)}: ${p.dinsos.note || DINSOS_STATUSES.labels[p.dinsos.status]})`.slice(0, MAX_REASON);
      const id = insertProposal(ctx.db, toMeetingId, { ...proposalInputOf(p), reason }, now, p.id);
      record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: id, meetingId: toMeetingId, householdId: p.householdId, after: { carriedFrom: p.id, tanggapanDinsos: DINSOS_STATUSES.labels[p.dinsos.status] } });
      already.add(`${p.householdId}:${p.kind}`);
      added++;
    }
    return { added, skipped: returned.length - added };
  });
}
