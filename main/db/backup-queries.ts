import type { BackupCounts } from '../../shared/backup/schema';
import type { Db } from './open';

const COUNTED = { households: 'households', members: 'members', meetings: 'meetings', evidence: 'evidence' } as const;

function tableExists(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** What a backup holds, read from any schema version (a backup before a migration sees an old one). */
export function selectBackupCounts(db: Db): BackupCounts {
  const count = (table: string) => (tableExists(db, table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0);
  return {
    households: count(COUNTED.households),
    members: count(COUNTED.members),
    meetings: count(COUNTED.meetings),
    evidence: count(COUNTED.evidence),
  };
}

/** Every table naming files in lampiran/, with the statement that lists their digests (an older schema lacks some). */
const FILE_DIGESTS: readonly [table: string, sql: string][] = [
  ['evidence', 'SELECT sha256 FROM evidence'],
  ['inbox_packages', 'SELECT berita_acara_sha256 AS sha256 FROM inbox_packages WHERE berita_acara_sha256 IS NOT NULL UNION SELECT daftar_hadir_sha256 FROM inbox_packages WHERE daftar_hadir_sha256 IS NOT NULL'],
  ['city_evidence', 'SELECT sha256 FROM city_evidence'],
  ['groundcheck_photos', 'SELECT sha256 FROM groundcheck_photos'],
];

/** The files the database refers to (a kelurahan's evidence; Dinsos' packages' PDFs, evidence and groundcheck photos), by digest: the file name in lampiran/. */
export function selectEvidenceDigests(db: Db): string[] {
  const sources = FILE_DIGESTS.filter(([table]) => tableExists(db, table)).map(([, sql]) => sql);
  if (sources.length === 0) return [];
  return db.prepare(`SELECT DISTINCT sha256 FROM (${sources.join(' UNION ')}) ORDER BY sha256`).pluck().all() as string[];
}

export function selectKelurahanCode(db: Db): string | null {
  if (!tableExists(db, 'settings')) return null;
  return (db.prepare('SELECT kelurahan_code FROM settings LIMIT 1').pluck().get() as string | undefined) ?? null;
}

/**
 * A consistent copy of the whole database into a new file, encrypted with the same key (SQLite3 Multiple
 * Ciphers gives VACUUM INTO the source's cipher). It reads in one transaction, so writers keep going in WAL.
 */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** `PRAGMA quick_check` (start-up) or `integrity_check` (doctor): the problems SQLite names, none when ok. */
export function checkIntegrity(db: Db, full: boolean): string[] {
  const rows = db.pragma(full ? 'integrity_check' : 'quick_check', { simple: false }) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function foreignKeyProblems(db: Db): { table: string; rowid: number; parent: string }[] {
  return db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
}
