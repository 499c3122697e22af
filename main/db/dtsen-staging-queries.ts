import type { Db } from './open';
import { prepared } from './prepared';

/** One row of the file as staged: the person as JSON, or null for a row with an error (kept so its family is skipped). */
export interface StagedRow {
  row: number;
  no_kk: string;
  nik: string;
  person: string | null;
}

export function insertStaged(db: Db, run: string, rows: readonly StagedRow[]): void {
  const insert = prepared(db, 'INSERT INTO dtsen_staging (run, row, no_kk, nik, person, skip) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of rows) insert.run(run, r.row, r.no_kk, r.nik, r.person, r.person === null ? 1 : 0);
}

/** NIKs on more than one valid row of the file, each with its rows as "row:No. KK" pairs (before skipFamilies: skip = 0 is a valid row). */
export function selectDuplicateNiks(db: Db, run: string): { nik: string; places: string }[] {
  return prepared(
    db,
    `WITH twice AS (SELECT nik FROM dtsen_staging INDEXED BY dtsen_staging_nik WHERE run = ? AND nik <> '' AND skip = 0 GROUP BY nik HAVING count(*) > 1)
     SELECT s.nik, group_concat(s.row || ':' || s.no_kk) AS places FROM twice CROSS JOIN dtsen_staging s INDEXED BY dtsen_staging_nik
     WHERE s.run = ? AND s.nik = twice.nik AND s.skip = 0 GROUP BY s.nik`,
  ).all(run, run) as { nik: string; places: string }[];
}

/** People of the file already registered under another No. KK (before skipFamilies, as above). */
export function selectRegisteredElsewhere(db: Db, run: string): { row: number; nik: string; no_kk: string; registered_kk: string }[] {
  return prepared(
    db,
    `SELECT s.row, s.nik, s.no_kk, h.no_kk AS registered_kk FROM dtsen_staging s INDEXED BY dtsen_staging_nik
     JOIN members m ON m.nik = s.nik JOIN households h ON h.id = m.household_id
     WHERE s.run = ? AND s.skip = 0 AND h.no_kk <> s.no_kk ORDER BY s.row`,
  ).all(run) as { row: number; nik: string; no_kk: string; registered_kk: string }[];
}

/** Leaves out whole the families of these No. KK, and of every row that had an error. */
export function skipFamilies(db: Db, run: string, kks: readonly string[]): void {
  if (kks.length > 0) prepared(db, 'UPDATE dtsen_staging SET skip = 1 WHERE run = ? AND no_kk IN (SELECT value FROM json_each(?))').run(run, JSON.stringify(kks));
  prepared(
    db,
    `UPDATE dtsen_staging SET skip = 1 WHERE run = ? AND skip = 0
       AND no_kk IN (SELECT no_kk FROM dtsen_staging INDEXED BY dtsen_staging_kk WHERE run = ? AND no_kk <> '' AND skip = 1)`,
  ).run(run, run);
}

/** The next families (by No. KK after `afterKk`) still to import, their rows in file order. */
export function selectNextFamilies(db: Db, run: string, afterKk: string, families: number): { no_kk: string; person: string }[] {
  return prepared(
    db,
    `WITH next AS (SELECT DISTINCT no_kk FROM dtsen_staging WHERE run = ? AND no_kk > ? AND skip = 0 ORDER BY no_kk LIMIT ?)
     SELECT s.no_kk, s.person FROM next CROSS JOIN dtsen_staging s INDEXED BY dtsen_staging_kk ON s.run = ? AND s.no_kk = next.no_kk
     ORDER BY s.no_kk, s.row`,
  ).all(run, afterKk, families, run) as { no_kk: string; person: string }[];
}

/** The next valid rows (after row `afterRow`), in file order: a desil update is read row by row. */
export function selectNextRows(db: Db, run: string, afterRow: number, rows: number): { row: number; person: string }[] {
  return prepared(db, 'SELECT row, person FROM dtsen_staging WHERE run = ? AND row > ? AND skip = 0 ORDER BY row LIMIT ?').all(run, afterRow, rows) as { row: number; person: string }[];
}

/** How many distinct No. KK the file names, valid or not, and how many of them are left out. */
export function countStagedFamilies(db: Db, run: string): { all: number; skipped: number } {
  return prepared(
    db,
    `SELECT count(DISTINCT no_kk) AS "all", count(DISTINCT CASE WHEN skip = 1 THEN no_kk END) AS skipped
     FROM dtsen_staging WHERE run = ? AND no_kk <> ''`,
  ).get(run) as { all: number; skipped: number };
}

/** Registered families the file does not name. */
export function selectMissingKks(db: Db, run: string): string[] {
  return prepared(db, 'SELECT no_kk FROM households h WHERE NOT EXISTS (SELECT 1 FROM dtsen_staging s WHERE s.run = ? AND s.no_kk = h.no_kk) ORDER BY no_kk')
    .pluck()
    .all(run) as string[];
}

export function deleteStagedRun(db: Db, run: string): void {
  prepared(db, 'DELETE FROM dtsen_staging WHERE run = ?').run(run);
}

export function selectStagedRuns(db: Db): string[] {
  return prepared(db, 'SELECT DISTINCT run FROM dtsen_staging').pluck().all() as string[];
}
