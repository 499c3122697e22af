import { AttendeeSchema } from '../../shared/meeting/schema';
import type { Attendee, AttendeeInput } from '../../shared/meeting/schema';

export interface AttendeeDbRow {
  id: number;
  meeting_id: number;
  position: number;
  name: string;
  unsur: string;
  rt: number | null;
  rw: number | null;
  phone: string | null;
  present: 0 | 1;
}

export function attendeeFromDb(row: AttendeeDbRow): Attendee {
  return AttendeeSchema.parse({
    id: row.id, meetingId: row.meeting_id, name: row.name, unsur: row.unsur, rt: row.rt, rw: row.rw, phone: row.phone, present: row.present === 1,
  });
}

export function attendeeToDb(a: AttendeeInput) {
  return { name: a.name, unsur: a.unsur, rt: a.rt, rw: a.rw, phone: a.phone, present: a.present ? 1 : 0 };
}
