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

/** The evidence files the database refers to, by digest (the file name in lampiran/). */
export function selectEvidenceDigests(db: Db): string[] {
  if (!tableExists(db, 'evidence')) return [];
  return db.prepare('SELECT DISTINCT sha256 FROM evidence ORDER BY sha256').pluck().all() as string[];
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
