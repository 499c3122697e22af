import type { MeetingStatus } from '../../shared/meeting/options';
import { MeetingSchema } from '../../shared/meeting/schema';
import type { Meeting, MeetingInput } from '../../shared/meeting/schema';

/** A meetings row with the counts the meeting list shows beside it. */
export interface MeetingDbRow {
  id: number;
  kelurahan_code: string;
  date: string;
  start_time: string;
  end_time: string | null;
  place: string;
  letter_number: string;
  agenda: string;
  chair_name: string;
  chair_nip: string;
  secretary_name: string;
  secretary_nip: string;
  status: MeetingStatus;
  closed_at: string | null;
  proposals: number;
  decided: number;
  approved: number;
  rejected: number;
  deferred: number;
  groundcheck: number;
  attendees: number;
  present: number;
  exports: number;
}

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

export function meetingToDb(m: MeetingInput) {
  return {
    date: m.date, start_time: m.startTime, end_time: m.endTime, place: m.place, letter_number: m.letterNumber, agenda: m.agenda,
    chair_name: m.chairName, chair_nip: m.chairNip, secretary_name: m.secretaryName, secretary_nip: m.secretaryNip,
  };
}
