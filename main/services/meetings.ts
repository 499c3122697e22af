import type { Meeting, MeetingInput } from '../../shared/meeting/schema';
import { summariseByKind } from '../../shared/meeting/summary';
import type { KindSummary } from '../../shared/meeting/summary';
import { meetingFromDb } from '../db/meeting-mapping';
import { deleteMeeting, insertMeeting, selectMeetings, updateMeeting, updateMeetingStatus } from '../db/meeting-queries';
import { insertProposal, updateDecision, updateSnapshot } from '../db/proposal-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { loadMeeting, openMeeting } from './meeting-guard';
import { getHouseholds } from './households';
import { householdSnapshot, meetingProposals, proposalInputOf } from './proposals';
import { requireSettings } from './settings';
import { writeTransaction } from '../db/write-transaction';

export function listMeetings(ctx: ServiceContext): Meeting[] {
  return selectMeetings(ctx.db).map(meetingFromDb);
}

export function getMeeting(ctx: ServiceContext, id: number): Meeting {
  return loadMeeting(ctx, id);
}

export async function createMeeting(ctx: ServiceContext, input: MeetingInput): Promise<Meeting> {
  const settings = await requireSettings(ctx);
  return writeTransaction(ctx.db, () => {
    const id = insertMeeting(ctx.db, input, settings.kelurahanCode, ctx.now().toISOString());
    const created = getMeeting(ctx, id);
    record(ctx, { action: 'BUAT', entity: 'MUSYAWARAH', entityId: id, meetingId: id, after: input });
    return created;
  });
}

export function editMeeting(ctx: ServiceContext, id: number, input: MeetingInput): Meeting {
  return writeTransaction(ctx.db, () => {
    const before = openMeeting(ctx, id);
    updateMeeting(ctx.db, id, input, ctx.now().toISOString());
    record(ctx, { action: 'UBAH', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before, after: input });
    return getMeeting(ctx, id);
  });
}

export function removeMeeting(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    const before = openMeeting(ctx, id, ['DRAFT']);
    if (before.counts.proposals > 0) throw new AppError('CONFLICT', 'Musyawarah yang sudah berisi usulan tidak dapat dihapus. Hapus usulannya terlebih dahulu.');
    deleteMeeting(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before });
    return { id };
  });
}

export function startMeeting(ctx: ServiceContext, id: number): Meeting {
  return writeTransaction(ctx.db, () => {
    openMeeting(ctx, id, ['DRAFT']);
    updateMeetingStatus(ctx.db, id, 'BERLANGSUNG', ctx.now().toISOString());
    record(ctx, { action: 'STATUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before: 'DRAFT', after: 'BERLANGSUNG' });
    return getMeeting(ctx, id);
  });
}

export function meetingSummary(ctx: ServiceContext, id: number): { meeting: Meeting; byKind: KindSummary[] } {
  const meeting = getMeeting(ctx, id);
  const byKind = summariseByKind(meetingProposals(ctx, id));
  return { meeting, byKind };
}

/**
 * Closes and locks a meeting. Undecided proposals block closing unless they are carried to another open
 * meeting: there they start again, here they are recorded as deferred with a note saying where they went.
 */
export function closeMeeting(ctx: ServiceContext, id: number, carryToMeetingId: number | null): Meeting {
  return writeTransaction(ctx.db, () => {
    const meeting = openMeeting(ctx, id, ['BERLANGSUNG']);
    const now = ctx.now().toISOString();
    const undecided = meetingProposals(ctx, id).filter((p) => p.decision === null);
    if (undecided.length > 0) {
      if (carryToMeetingId === null) {
        throw new AppError('CONFLICT', `Masih ada ${undecided.length} usulan yang belum diputuskan. Putuskan semuanya, atau bawa ke musyawarah berikutnya.`);
      }
      if (carryToMeetingId === id) throw new AppError('INVALID_INPUT', 'Usulan tidak dapat dibawa ke musyawarah yang sama', 'carryToMeetingId');
      const target = openMeeting(ctx, carryToMeetingId);
      for (const p of undecided) {
        const note = `Dibawa ke musyawarah ${target.letterNumber} (${target.date})`;
        updateDecision(ctx.db, { proposalId: p.id, decision: 'DITUNDA', groundcheck: p.groundcheck, note }, now);
        const copy = insertProposal(ctx.db, carryToMeetingId, proposalInputOf(p), now, p.id);
        record(ctx, { action: 'PUTUSAN', entity: 'USULAN', entityId: p.id, meetingId: id, householdId: p.householdId, after: { decision: 'DITUNDA', note } });
        record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: copy, meetingId: carryToMeetingId, householdId: p.householdId, after: { carriedFrom: p.id } });
      }
    }
    const proposals = meetingProposals(ctx, id);
    const households = getHouseholds(ctx, proposals.map((p) => p.householdId));
    for (const p of proposals) {
      const household = households.get(p.householdId);
      if (!household) throw new AppError('NOT_FOUND', `Keluarga dengan id ${p.householdId} tidak ditemukan`);
      updateSnapshot(ctx.db, p.id, householdSnapshot(household));
    }
    updateMeetingStatus(ctx.db, id, 'SELESAI', now);
    record(ctx, { action: 'STATUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before: meeting.status, after: 'SELESAI' });
    return getMeeting(ctx, id);
  });
}

