import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind, BackupSummary } from '../../shared/backup/schema';
import { selectKelurahanCode } from '../db/backup-queries';
import { BACKUP_EXTENSION } from './backup-container';
import { localStamp, parseBackupName } from './backup-name';
import { BackupReader } from './read-backup';
import { backupsToRemove } from './rotation';
import type { RotatedBackup } from './rotation';
import { summaryOf, writeBackup } from './write-backup';
import type { BackupProgress, BackupSource } from './write-backup';

export const BACKUP_DIR_NAME = 'cadangan';

export function backupDirOf(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.') && name.endsWith(BACKUP_EXTENSION));
  } catch {
    return [];
  }
}

/** The backups in a folder, newest first, as their manifests describe them; files that are not backups are skipped. */
export function listBackups(dir: string): BackupSummary[] {
  const found: BackupSummary[] = [];
  for (const name of names(dir)) {
    const file = join(dir, name);
    try {
      found.push(summaryOf(file, BackupReader.open(file).manifest, statSync(file).size));
    } catch {
      // Not a Muskel backup, or a damaged one: a restore would refuse it anyway.
    }
  }
  return found.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

function today(source: BackupSource): string {
  return localStamp(selectKelurahanCode(source.db), source.now()).slice(0, 8);
}

function rotate(dir: string, day: string): void {
  const backups: RotatedBackup[] = [];
  for (const name of names(dir)) {
    const parsed = parseBackupName(name);
    if (parsed) backups.push({ file: join(dir, name), ...parsed });
  }
  for (const file of backupsToRemove(backups, day)) rmSync(file, { force: true });
}

/** An automatic backup into the data folder's `cadangan/`, then rotation. */
export async function automaticBackup(source: BackupSource, kind: Exclude<BackupKind, 'MANUAL'>, report?: BackupProgress): Promise<BackupSummary> {
  const dir = backupDirOf(source.dataDir);
  const summary = await writeBackup(source, dir, kind, report);
  rotate(dir, today(source));
  return summary;
}

/** The first open of the day takes the day's backup; later opens find it and do nothing. */
export async function dailyBackupIfDue(source: BackupSource): Promise<BackupSummary | null> {
  const day = today(source);
  if (names(backupDirOf(source.dataDir)).some((name) => { const p = parseBackupName(name); return p?.kind === 'HARIAN' && p.day === day; })) return null;
  return automaticBackup(source, 'HARIAN');
}
