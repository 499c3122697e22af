import type { FileShape } from '../../shared/dtsen/columns';
import { AppError } from '../services/app-error';
import type { ImportedPerson } from '../../shared/dtsen/person-row';
import { stagedPersonFromDb } from './dtsen-staging-mapping';
import type { Db } from './open';
import { prepared } from './prepared';

/**
 * An import stages the file's rows (checked, as JSON) in a database of its own attached as `staging`, so a
 * city's million rows never sit in memory and never pass through the register's journal: the staging file
 * has its journal in memory and is never synced (it is thrown away, whole, after the run and after a crash),
 * and is encrypted with the folder's key like the register. Rows are kept in No. KK order, so a family's rows
 * are read back together.
 */
const SCHEMA = `
CREATE TABLE staging.staged (
  no_kk TEXT NOT NULL,
  row INTEGER NOT NULL,
  nik TEXT NOT NULL,
  person TEXT,
  PRIMARY KEY (no_kk, row)
) STRICT, WITHOUT ROWID;
CREATE TABLE staging.skipped (no_kk TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
`;

/** Attaches a new staging database at `file`, encrypted with `key`; null only for ':memory:' (an in-memory register's, never on disk). */
export function attachStaging(db: Db, file: string, key: Buffer | null): void {
  const attached = db.pragma('database_list') as { name: string }[];
  if (attached.some((d) => d.name === 'staging')) throw new AppError('CONFLICT', 'Impor data DTSEN lain sedang berjalan; tunggu sampai selesai, lalu coba lagi.');
  if (key) db.prepare('ATTACH DATABASE ? AS staging KEY ?').run(file, `x'${key.toString('hex')}'`);
  else db.prepare("ATTACH DATABASE ? AS staging KEY ''").run(file);
  db.pragma('staging.journal_mode = MEMORY');
  db.pragma('staging.synchronous = OFF');
  db.pragma('staging.cache_size = -32768');
  db.exec(SCHEMA);
}

export function detachStaging(db: Db): void {
  db.exec('DETACH DATABASE staging');
}

/**
 * One row of the file as staged: the checked person (stagedPersonToDb), or null for a row with an error (its family
 * is skipped; its NIK is left out). Made as each row is read, so the person's objects die young while a batch waits.
 */
export interface StagedRow {
  row: number;
  noKk: string;
  nik: string;
  person: string | null;
}

/** Stages rows in a transaction of the staging database alone: the register is neither locked nor journaled. */
export function insertStaged(db: Db, rows: readonly StagedRow[]): void {
  const insert = prepared(db, 'INSERT INTO staging.staged (no_kk, row, nik, person) VALUES (?, ?, ?, ?)');
  const skip = prepared(db, 'INSERT OR IGNORE INTO staging.skipped (no_kk) VALUES (?)');
  db.transaction(() => {
    for (const { row, noKk, nik, person } of rows) {
      insert.run(noKk, row, nik, person);
      if (person === null && noKk !== '') skip.run(noKk);
    }
  })();
}

/** Once every row is staged: the index the shape's reading needs, built in one sort rather than row by row. */
export function indexStaged(db: Db, shape: FileShape): void {
  if (shape === 'REGISTER') db.exec('CREATE INDEX staging.staged_nik ON staged (nik)');
  else db.exec('CREATE INDEX staging.staged_row ON staged (row) WHERE person IS NOT NULL');
}

/** NIKs on more than one valid row of the file, each with its rows as "row:No. KK" pairs (a row with an error is staged without its NIK). */
export function selectDuplicateNiks(db: Db): { nik: string; places: string }[] {
  return prepared(
    db,
    `WITH twice AS (SELECT nik FROM staging.staged INDEXED BY staged_nik WHERE nik > '' GROUP BY nik HAVING count(*) > 1)
     SELECT s.nik, group_concat(s.row || ':' || s.no_kk) AS places FROM twice CROSS JOIN staging.staged s INDEXED BY staged_nik
     WHERE s.nik = twice.nik GROUP BY s.nik`,
  ).all() as { nik: string; places: string }[];
}

/** People of the file already registered under another No. KK. */
export function selectRegisteredElsewhere(db: Db): { row: number; nik: string; no_kk: string; registered_kk: string }[] {
  return prepared(
    db,
    `SELECT s.row, s.nik, s.no_kk, h.no_kk AS registered_kk FROM staging.staged s INDEXED BY staged_nik
     JOIN members m ON m.nik = s.nik JOIN households h ON h.id = m.household_id
     WHERE s.nik > '' AND h.no_kk <> s.no_kk ORDER BY s.row`,
  ).all() as { row: number; nik: string; no_kk: string; registered_kk: string }[];
}

/** Leaves out whole the families of these No. KK (those of rows with an error already are). */
export function skipFamilies(db: Db, kks: readonly string[]): void {
  if (kks.length > 0) prepared(db, 'INSERT OR IGNORE INTO staging.skipped (no_kk) SELECT value FROM json_each(?)').run(JSON.stringify(kks));
}

interface StagedDbRow {
  row: number;
  nik: string;
  no_kk: string;
  person: string;
}

const personOf = (r: StagedDbRow) => stagedPersonFromDb(r.row, r.nik, r.no_kk, r.person);

/** The next families (by No. KK after `afterKk`) still to import, each person's rows in file order. */
export function selectNextFamilies(db: Db, afterKk: string, families: number): ImportedPerson[] {
  const rows = prepared(
    db,
    `WITH next AS (SELECT DISTINCT no_kk FROM staging.staged WHERE no_kk > ? AND no_kk NOT IN staging.skipped ORDER BY no_kk LIMIT ?)
     SELECT s.row, s.nik, s.no_kk, s.person FROM next CROSS JOIN staging.staged s ON s.no_kk = next.no_kk ORDER BY s.no_kk, s.row`,
  ).all(afterKk, families) as StagedDbRow[];
  return rows.map(personOf);
}

/** The next valid rows (after row `afterRow`), in file order: a desil update is read row by row. */
export function selectNextRows(db: Db, afterRow: number, rows: number): ImportedPerson[] {
  const found = prepared(db, 'SELECT row, nik, no_kk, person FROM staging.staged INDEXED BY staged_row WHERE row > ? AND person IS NOT NULL ORDER BY row LIMIT ?')
    .all(afterRow, rows) as StagedDbRow[];
  return found.map(personOf);
}

/** How many families the file names and are left out. */
export function countSkippedFamilies(db: Db): number {
  return prepared(db, 'SELECT count(*) FROM staging.skipped').pluck().get() as number;
}

/** Registered families the file does not name. */
export function selectMissingKks(db: Db): string[] {
  return prepared(db, 'SELECT no_kk FROM households h WHERE NOT EXISTS (SELECT 1 FROM staging.staged s WHERE s.no_kk = h.no_kk) ORDER BY no_kk')
    .pluck()
    .all() as string[];
}
