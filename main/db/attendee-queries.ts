import type { AttendeeInput } from '../../shared/meeting/schema';
import { attendeeToDb } from './attendee-mapping';
import type { AttendeeDbRow } from './attendee-mapping';
import type { Db } from './open';

export function insertAttendee(db: Db, meetingId: number, a: AttendeeInput): number {
  const result = db
    .prepare(
      `INSERT INTO attendees (meeting_id, position, name, unsur, rt, rw, phone, present)
       VALUES (@meeting_id, (SELECT coalesce(max(position), -1) + 1 FROM attendees WHERE meeting_id = @meeting_id), @name, @unsur, @rt, @rw, @phone, @present)`,
    )
    .run({ ...attendeeToDb(a), meeting_id: meetingId });
  return Number(result.lastInsertRowid);
}

export function updateAttendee(db: Db, id: number, a: AttendeeInput): void {
  db.prepare('UPDATE attendees SET name = @name, unsur = @unsur, rt = @rt, rw = @rw, phone = @phone, present = @present WHERE id = @id').run({
    ...attendeeToDb(a),
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
