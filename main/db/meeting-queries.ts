import type { AttendeeInput, MeetingInput } from '../../shared/meeting/schema';
import type { Db } from './open';

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
  status: string;
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

export interface AttendeeDbRow {
  id: number;
  meeting_id: number;
  name: string;
  unsur: string;
  rt: number | null;
  rw: number | null;
  phone: string | null;
  present: number;
}

const meetingParams = (m: MeetingInput) => ({
  date: m.date, start_time: m.startTime, end_time: m.endTime, place: m.place, letter_number: m.letterNumber, agenda: m.agenda,
  chair_name: m.chairName, chair_nip: m.chairNip, secretary_name: m.secretaryName, secretary_nip: m.secretaryNip,
});

export function insertMeeting(db: Db, m: MeetingInput, kelurahanCode: string, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO meetings (kelurahan_code, date, start_time, end_time, place, letter_number, agenda, chair_name, chair_nip,
         secretary_name, secretary_nip, status, created_at, updated_at)
       VALUES (@kelurahan_code, @date, @start_time, @end_time, @place, @letter_number, @agenda, @chair_name, @chair_nip,
         @secretary_name, @secretary_nip, 'DRAFT', @now, @now)`,
    )
    .run({ ...meetingParams(m), kelurahan_code: kelurahanCode, now });
  return Number(result.lastInsertRowid);
}

export function updateMeeting(db: Db, id: number, m: MeetingInput, now: string): void {
  db.prepare(
    `UPDATE meetings SET date = @date, start_time = @start_time, end_time = @end_time, place = @place, letter_number = @letter_number,
       agenda = @agenda, chair_name = @chair_name, chair_nip = @chair_nip, secretary_name = @secretary_name,
       secretary_nip = @secretary_nip, updated_at = @now WHERE id = @id`,
  ).run({ ...meetingParams(m), id, now });
}

export function updateMeetingStatus(db: Db, id: number, status: string, now: string): void {
  db.prepare(`UPDATE meetings SET status = ?, closed_at = CASE WHEN ? = 'SELESAI' THEN ? ELSE closed_at END, updated_at = ? WHERE id = ?`).run(
    status, status, now, now, id,
  );
}

export function deleteMeeting(db: Db, id: number): void {
  db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
}

const MEETING_SELECT = `SELECT m.*,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id) AS proposals,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id AND p.decision IS NOT NULL) AS decided,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id AND p.decision = 'DISETUJUI') AS approved,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id AND p.decision = 'DITOLAK') AS rejected,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id AND p.decision = 'DITUNDA') AS deferred,
  (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id AND p.groundcheck = 1) AS groundcheck,
  (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id) AS attendees,
  (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id AND a.present = 1) AS present,
  (SELECT count(*) FROM exports e WHERE e.meeting_id = m.id) AS exports
  FROM meetings m`;

export function selectMeeting(db: Db, id: number): MeetingDbRow | null {
  return (db.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(id) as MeetingDbRow | undefined) ?? null;
}

export function selectMeetings(db: Db): MeetingDbRow[] {
  return db.prepare(`${MEETING_SELECT} ORDER BY m.date DESC, m.start_time DESC, m.id DESC`).all() as MeetingDbRow[];
}

const attendeeParams = (a: AttendeeInput) => ({ name: a.name, unsur: a.unsur, rt: a.rt, rw: a.rw, phone: a.phone, present: a.present ? 1 : 0 });

export function insertAttendee(db: Db, meetingId: number, a: AttendeeInput): number {
  const result = db
    .prepare(
      `INSERT INTO attendees (meeting_id, position, name, unsur, rt, rw, phone, present)
       VALUES (@meeting_id, (SELECT coalesce(max(position), -1) + 1 FROM attendees WHERE meeting_id = @meeting_id), @name, @unsur, @rt, @rw, @phone, @present)`,
    )
    .run({ ...attendeeParams(a), meeting_id: meetingId });
  return Number(result.lastInsertRowid);
}

export function updateAttendee(db: Db, id: number, a: AttendeeInput): void {
  db.prepare('UPDATE attendees SET name = @name, unsur = @unsur, rt = @rt, rw = @rw, phone = @phone, present = @present WHERE id = @id').run({
    ...attendeeParams(a),
    id,
  });
}

export function deleteAttendee(db: Db, id: number): void {
  db.prepare('DELETE FROM attendees WHERE id = ?').run(id);
}

export function selectAttendee(db: Db, id: number): AttendeeDbRow | null {
  return (db.prepare('SELECT * FROM attendees WHERE id = ?').get(id) as AttendeeDbRow | undefined) ?? null;
}

export function selectAttendees(db: Db, meetingId: number): AttendeeDbRow[] {
  return db.prepare('SELECT * FROM attendees WHERE meeting_id = ? ORDER BY position').all(meetingId) as AttendeeDbRow[];
}

/** People from earlier meetings whose name starts with the text, most recent first, one row per person. */
export function selectPastAttendees(db: Db, prefix: string, limit: number): AttendeeDbRow[] {
  return db
    .prepare(
      `SELECT a.* FROM attendees a JOIN (SELECT max(id) AS id FROM attendees WHERE name LIKE @prefix ESCAPE '\\' COLLATE NOCASE
         GROUP BY lower(name), unsur) latest ON latest.id = a.id ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ prefix: `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit }) as AttendeeDbRow[];
}
