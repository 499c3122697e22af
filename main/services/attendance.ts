import type { Attendee, AttendeeInput } from '../../shared/meeting/schema';
import { attendeeFromDb } from '../db/attendee-mapping';
import { deleteAttendee, insertAttendee, selectAttendee, selectAttendees, selectPastAttendees, updateAttendee } from '../db/attendee-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { loadMeeting, openMeeting } from './meeting-guard';
import { writeTransaction } from '../db/write-transaction';

function load(ctx: ServiceContext, id: number): Attendee {
  const row = selectAttendee(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Peserta dengan id ${id} tidak ditemukan`);
  return attendeeFromDb(row);
}

export function listAttendees(ctx: ServiceContext, meetingId: number): Attendee[] {
  loadMeeting(ctx, meetingId);
  return selectAttendees(ctx.db, meetingId).map(attendeeFromDb);
}

export function addAttendee(ctx: ServiceContext, meetingId: number, input: AttendeeInput): Attendee {
  return writeTransaction(ctx.db, () => {
    openMeeting(ctx, meetingId);
    const id = insertAttendee(ctx.db, meetingId, input);
    record(ctx, { action: 'BUAT', entity: 'HADIR', entityId: id, meetingId, after: input });
    return load(ctx, id);
  });
}

export function editAttendee(ctx: ServiceContext, id: number, input: AttendeeInput): Attendee {
  return writeTransaction(ctx.db, () => {
    const before = load(ctx, id);
    openMeeting(ctx, before.meetingId);
    updateAttendee(ctx.db, id, input);
    record(ctx, { action: 'UBAH', entity: 'HADIR', entityId: id, meetingId: before.meetingId, before, after: input });
    return load(ctx, id);
  });
}

export function removeAttendee(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    const before = load(ctx, id);
    openMeeting(ctx, before.meetingId);
    deleteAttendee(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'HADIR', entityId: id, meetingId: before.meetingId, before });
    return { id };
  });
}

/** People who attended earlier meetings, for quick re-entry. */
export function suggestAttendees(ctx: ServiceContext, prefix: string): AttendeeInput[] {
  return selectPastAttendees(ctx.db, prefix, 8).map((row) => {
    const { id: _id, meetingId: _m, ...input } = attendeeFromDb(row);
    return { ...input, present: true };
  });
}
