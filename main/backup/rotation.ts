import type { BackupKind } from '../../shared/backup/schema';

export interface RotatedBackup {
  file: string;
  kind: BackupKind;
  /** The kelurahan's calendar day of the backup, YYYYMMDD. */
  day: string;
  /** YYYYMMDD-HHMMSS, local to the kelurahan: orders backups in time. */
  stamp: string;
}

const DAILY_KEPT = 7;
const WEEKLY_KEPT = 4;
const CLOSE_KEPT_DAYS = 366;
/** Backups taken before a migration or a restore: the newest few of each are enough to undo one. */
const SAFETY_KEPT = 3;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))) / 86_400_000;
}

/** Monday-based week number since the epoch (1970-01-01 was a Thursday). */
function weekOf(day: string): number {
  return Math.floor((dayNumber(day) + 3) / 7);
}

const newestFirst = (a: RotatedBackup, b: RotatedBackup) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0);

/**
 * Which automatic backups rotation removes: daily ones beyond the last 7, except the newest of each of the 4
 * most recent weeks; meeting-close ones older than 12 months; all but the newest 3 of each safety kind.
 * MANUAL backups are never removed.
 */
export function backupsToRemove(backups: readonly RotatedBackup[], today: string): string[] {
  const remove: string[] = [];
  const daily = backups.filter((b) => b.kind === 'HARIAN').sort(newestFirst);
  const weeks = new Set<number>();
  for (const [i, backup] of daily.entries()) {
    const week = weekOf(backup.day);
    const newestOfItsWeek = !weeks.has(week) && weeks.size < WEEKLY_KEPT;
    weeks.add(week);
    if (i >= DAILY_KEPT && !newestOfItsWeek) remove.push(backup.file);
  }
  for (const backup of backups) {
    if (backup.kind === 'TUTUP_MUSYAWARAH' && dayNumber(today) - dayNumber(backup.day) > CLOSE_KEPT_DAYS) remove.push(backup.file);
  }
  for (const kind of ['SEBELUM_MIGRASI', 'SEBELUM_PEMULIHAN', 'SEBELUM_PERUBAHAN_MASSAL'] as const) {
    remove.push(...backups.filter((b) => b.kind === kind).sort(newestFirst).slice(SAFETY_KEPT).map((b) => b.file));
  }
  return remove;
}
