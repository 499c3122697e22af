import { describe, expect, it } from 'vitest';
import { backupsToRemove } from '../../../../main/backup/rotation';
import type { RotatedBackup } from '../../../../main/backup/rotation';
import type { BackupKind } from '../../../../shared/backup/schema';

/** YYYYMMDD of 2026-01-01 plus `n` days. */
function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10).replaceAll('-', '');
}

function backup(kind: BackupKind, n: number, time = '080000'): RotatedBackup {
  return { file: `${kind}-${day(n)}-${time}`, kind, day: day(n), stamp: `${day(n)}-${time}` };
}

describe('backup rotation', () => {
  it('keeps the last 7 daily backups and the newest of each of the 4 most recent weeks', () => {
    // 60 consecutive days; 2026-01-01 is a Thursday, so day 59 (Sun 1 March) ends a Monday-based week.
    const daily = Array.from({ length: 60 }, (_, n) => backup('HARIAN', n));
    const removed = new Set(backupsToRemove(daily, day(59)));
    const kept = daily.filter((b) => !removed.has(b.file)).map((b) => b.day);
    expect(kept).toEqual([day(38), day(45), day(52), day(53), day(54), day(55), day(56), day(57), day(58), day(59)].sort());
  });

  it('keeps every meeting-close backup for 12 months and none older', () => {
    const closes = [backup('TUTUP_MUSYAWARAH', 0), backup('TUTUP_MUSYAWARAH', 200), backup('TUTUP_MUSYAWARAH', 366), backup('TUTUP_MUSYAWARAH', 400)];
    expect(backupsToRemove(closes, day(400))).toEqual([closes[0]?.file]);
  });

  it('keeps the 3 newest of each safety kind and never touches manual backups', () => {
    const safety = Array.from({ length: 5 }, (_, n) => backup('SEBELUM_MIGRASI', n));
    const manual = Array.from({ length: 30 }, (_, n) => backup('MANUAL', n));
    const sameDay = [backup('SEBELUM_PEMULIHAN', 9, '080000'), backup('SEBELUM_PEMULIHAN', 9, '090000'), backup('SEBELUM_PEMULIHAN', 9, '100000'), backup('SEBELUM_PEMULIHAN', 9, '070000')];
    expect(backupsToRemove([...safety, ...manual, ...sameDay], day(30)).sort()).toEqual([safety[0]?.file, safety[1]?.file, sameDay[3]?.file].sort());
  });
});
