import { basename } from 'node:path';
import { BACKUP_KINDS } from '../../shared/backup/schema';
import type { BackupKind } from '../../shared/backup/schema';
import { timeZoneOf } from '../../shared/format/time-zone';
import { BACKUP_EXTENSION } from './backup-container';

const SLUG: Record<BackupKind, string> = {
  HARIAN: 'harian',
  TUTUP_MUSYAWARAH: 'tutup-musyawarah',
  SEBELUM_MIGRASI: 'sebelum-migrasi',
  SEBELUM_PEMULIHAN: 'sebelum-pemulihan',
  SEBELUM_PERUBAHAN_MASSAL: 'sebelum-perubahan-massal',
  MANUAL: 'manual',
};
const OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;
const NAME = /^muskel-cadangan-(\d{10}|baru)-(\d{8})-(\d{6})-([a-z-]+?)(?:-\d+)?\.muskel-cadangan$/;

/** "20261129-083000": the kelurahan's own clock (Indonesia keeps no daylight saving), whatever the PC's zone. */
export function localStamp(kelurahanCode: string | null, instant: Date): string {
  const zone = timeZoneOf(kelurahanCode ?? '35');
  const iso = new Date(instant.getTime() + OFFSET_HOURS[zone] * 3_600_000).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** `muskel-cadangan-3573051004-20261129-083000-harian.muskel-cadangan`; `n` > 1 when a second backup falls in the same second. */
export function backupFileName(kelurahanCode: string | null, instant: Date, kind: BackupKind, n = 1): string {
  const suffix = n > 1 ? `-${String(n)}` : '';
  return `muskel-cadangan-${kelurahanCode ?? 'baru'}-${localStamp(kelurahanCode, instant)}-${SLUG[kind]}${suffix}${BACKUP_EXTENSION}`;
}

/** What a backup's file name says (kind, local day and time), without opening it; null for other files. */
export function parseBackupName(file: string): { kind: BackupKind; day: string; stamp: string } | null {
  const match = NAME.exec(basename(file));
  if (!match?.[2] || !match[3] || !match[4]) return null;
  const kind = BACKUP_KINDS.find((k) => SLUG[k] === match[4]);
  return kind ? { kind, day: match[2], stamp: `${match[2]}-${match[3]}` } : null;
}
