import type { ExportDbRow } from './export-mapping';
import type { Db } from './open';

export function insertExport(db: Db, row: Omit<ExportDbRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO exports (meeting_id, file_name, sha256, size, key_id, encrypted, recipients, created_at)
         VALUES (@meeting_id, @file_name, @sha256, @size, @key_id, @encrypted, @recipients, @created_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function selectExports(db: Db, meetingId: number): ExportDbRow[] {
  return db.prepare('SELECT * FROM exports WHERE meeting_id = ? ORDER BY id DESC').all(meetingId) as ExportDbRow[];
}

/** Packages already named for a day (YYYY-MM-DD): the next one gets the following two-digit number. */
export function countExportsOn(db: Db, date: string): number {
  return db.prepare('SELECT count(*) FROM exports WHERE substr(file_name, 19, 8) = ?').pluck().get(date.replaceAll('-', '')) as number;
}
