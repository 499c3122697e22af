import type { Meeting, MeetingInput } from '../../shared/meeting/schema';
import { MeetingSchema } from '../../shared/meeting/schema';
import { summariseByKind } from '../../shared/meeting/summary';
import type { KindSummary } from '../../shared/meeting/summary';
import { deleteMeeting, insertMeeting, selectMeetings, updateMeeting, updateMeetingStatus } from '../db/meeting-queries';
import type { MeetingDbRow } from '../db/meeting-queries';
import { insertProposal, selectProposals, updateDecision, updateSnapshot } from '../db/proposal-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { loadMeeting, openMeeting } from './meeting-guard';
import { householdSnapshot, proposalInputOf } from './proposals';
import { requireSettings } from './settings';

export function meetingFromDb(row: MeetingDbRow): Meeting {
  return MeetingSchema.parse({
    id: row.id,
    kelurahanCode: row.kelurahan_code,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    letterNumber: row.letter_number,
    agenda: row.agenda,
    chairName: row.chair_name,
    chairNip: row.chair_nip,
    secretaryName: row.secretary_name,
    secretaryNip: row.secretary_nip,
    status: row.status,
    closedAt: row.closed_at,
    counts: {
      proposals: row.proposals, decided: row.decided, approved: row.approved, rejected: row.rejected, deferred: row.deferred,
      groundcheck: row.groundcheck, attendees: row.attendees, present: row.present, exports: row.exports,
    },
  });
}

export function listMeetings(ctx: ServiceContext): Meeting[] {
  return selectMeetings(ctx.db).map(meetingFromDb);
}

export function getMeeting(ctx: ServiceContext, id: number): Meeting {
  return meetingFromDb(loadMeeting(ctx, id));
}

export async function createMeeting(ctx: ServiceContext, input: MeetingInput): Promise<Meeting> {
  const settings = await requireSettings(ctx);
  return ctx.db.transaction(() => {
    const id = insertMeeting(ctx.db, input, settings.kelurahanCode, ctx.now().toISOString());
    const created = getMeeting(ctx, id);
    record(ctx, { action: 'BUAT', entity: 'MUSYAWARAH', entityId: id, meetingId: id, after: input });
    return created;
  })();
}

export function editMeeting(ctx: ServiceContext, id: number, input: MeetingInput): Meeting {
  return ctx.db.transaction(() => {
    const before = meetingFromDb(openMeeting(ctx, id));
    updateMeeting(ctx.db, id, input, ctx.now().toISOString());
    record(ctx, { action: 'UBAH', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before, after: input });
    return getMeeting(ctx, id);
  })();
}

export function removeMeeting(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = meetingFromDb(openMeeting(ctx, id, ['DRAFT']));
    if (before.counts.proposals > 0) throw new AppError('CONFLICT', 'Musyawarah yang sudah berisi usulan tidak dapat dihapus. Hapus usulannya terlebih dahulu.');
    deleteMeeting(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before });
    return { id };
  })();
}

export function startMeeting(ctx: ServiceContext, id: number): Meeting {
  return ctx.db.transaction(() => {
    openMeeting(ctx, id, ['DRAFT']);
    updateMeetingStatus(ctx.db, id, 'BERLANGSUNG', ctx.now().toISOString());
    record(ctx, { action: 'STATUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before: 'DRAFT', after: 'BERLANGSUNG' });
    return getMeeting(ctx, id);
  })();
}

export function meetingSummary(ctx: ServiceContext, id: number): { meeting: Meeting; byKind: KindSummary[] } {
  const meeting = getMeeting(ctx, id);
  const byKind = summariseByKind(selectProposals(ctx.db, id).map((p) => ({
    kind: p.kind as KindSummary['kind'],
    decision: p.decision as 'DISETUJUI' | 'DITOLAK' | 'DITUNDA' | null,
    groundcheck: p.groundcheck === 1,
  })));
  return { meeting, byKind };
}

/**
 * Closes and locks a meeting. Undecided proposals block closing unless they are carried to another open
 * meeting: there they start again, here they are recorded as deferred with a note saying where they went.
 */
export function closeMeeting(ctx: ServiceContext, id: number, carryToMeetingId: number | null): Meeting {
  return ctx.db.transaction(() => {
    const meeting = openMeeting(ctx, id, ['BERLANGSUNG']);
    const now = ctx.now().toISOString();
    const undecided = selectProposals(ctx.db, id).filter((p) => p.decision === null);
    if (undecided.length > 0) {
      if (carryToMeetingId === null) {
        throw new AppError('CONFLICT', `Masih ada ${undecided.length} usulan yang belum diputuskan. Putuskan semuanya, atau bawa ke musyawarah berikutnya.`);
      }
      if (carryToMeetingId === id) throw new AppError('INVALID_INPUT', 'Usulan tidak dapat dibawa ke musyawarah yang sama', 'carryToMeetingId');
      const target = openMeeting(ctx, carryToMeetingId);
      for (const p of undecided) {
        const note = `Dibawa ke musyawarah ${target.letter_number} (${target.date})`;
        updateDecision(ctx.db, { proposalId: p.id, decision: 'DITUNDA', groundcheck: p.groundcheck === 1, note }, now);
        const copy = insertProposal(ctx.db, carryToMeetingId, proposalInputOf(p), now, p.id);
        record(ctx, { action: 'PUTUSAN', entity: 'USULAN', entityId: p.id, meetingId: id, householdId: p.household_id, after: { decision: 'DITUNDA', note } });
        record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: copy, meetingId: carryToMeetingId, householdId: p.household_id, after: { carriedFrom: p.id } });
      }
    }
    for (const p of selectProposals(ctx.db, id)) updateSnapshot(ctx.db, p.id, JSON.stringify(householdSnapshot(ctx, p.household_id)));
    updateMeetingStatus(ctx.db, id, 'SELESAI', now);
    record(ctx, { action: 'STATUS', entity: 'MUSYAWARAH', entityId: id, meetingId: id, before: meeting.status, after: 'SELESAI' });
    return getMeeting(ctx, id);
  })();
}

