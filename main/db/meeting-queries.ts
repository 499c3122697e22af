import type { MeetingStatus } from '../../shared/meeting/options';
import type { MeetingInput } from '../../shared/meeting/schema';
import { meetingToDb } from './meeting-mapping';
import type { MeetingDbRow } from './meeting-mapping';
import type { Db } from './open';

export function insertMeeting(db: Db, m: MeetingInput, kelurahanCode: string, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO meetings (kelurahan_code, date, start_time, end_time, place, letter_number, agenda, chair_name, chair_nip,
         secretary_name, secretary_nip, status, created_at, updated_at)
       VALUES (@kelurahan_code, @date, @start_time, @end_time, @place, @letter_number, @agenda, @chair_name, @chair_nip,
         @secretary_name, @secretary_nip, 'DRAFT', @now, @now)`,
    )
    .run({ ...meetingToDb(m), kelurahan_code: kelurahanCode, now });
  return Number(result.lastInsertRowid);
}

export function updateMeeting(db: Db, id: number, m: MeetingInput, now: string): void {
  db.prepare(
    `UPDATE meetings SET date = @date, start_time = @start_time, end_time = @end_time, place = @place, letter_number = @letter_number,
       agenda = @agenda, chair_name = @chair_name, chair_nip = @chair_nip, secretary_name = @secretary_name,
       secretary_nip = @secretary_nip, updated_at = @now WHERE id = @id`,
  ).run({ ...meetingToDb(m), id, now });
}

export function updateMeetingStatus(db: Db, id: number, status: MeetingStatus, now: string): void {
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
