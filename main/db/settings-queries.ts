import type { SettingsInput } from '../../shared/settings/schema';
import type { Db } from './open';

interface SettingsDbRow {
  kelurahan_code: string;
  lurah_name: string;
  lurah_nip: string;
  secretary_name: string;
  secretary_nip: string;
  office_address: string;
  nik_display: 'FULL' | 'MASKED';
  has_logo: number;
}

export function selectSettings(db: Db): (SettingsInput & { hasLogo: boolean }) | null {
  const row = db.prepare('SELECT *, logo IS NOT NULL AS has_logo FROM settings WHERE id = 1').get() as SettingsDbRow | undefined;
  if (!row) return null;
  return {
    kelurahanCode: row.kelurahan_code,
    lurahName: row.lurah_name,
    lurahNip: row.lurah_nip,
    secretaryName: row.secretary_name,
    secretaryNip: row.secretary_nip,
    officeAddress: row.office_address,
    nikDisplay: row.nik_display,
    hasLogo: row.has_logo === 1,
  };
}

export function upsertSettings(db: Db, s: SettingsInput, now: string): void {
  db.prepare(
    `INSERT INTO settings (id, kelurahan_code, lurah_name, lurah_nip, secretary_name, secretary_nip, office_address, nik_display, updated_at)
     VALUES (1, @kelurahanCode, @lurahName, @lurahNip, @secretaryName, @secretaryNip, @officeAddress, @nikDisplay, @now)
     ON CONFLICT (id) DO UPDATE SET kelurahan_code = excluded.kelurahan_code, lurah_name = excluded.lurah_name,
       lurah_nip = excluded.lurah_nip, secretary_name = excluded.secretary_name, secretary_nip = excluded.secretary_nip,
       office_address = excluded.office_address, nik_display = excluded.nik_display, updated_at = excluded.updated_at`,
  ).run({ ...s, now });
}

export function updateLogo(db: Db, logo: { bytes: Buffer; mime: string } | null): void {
  db.prepare('UPDATE settings SET logo = ?, logo_mime = ? WHERE id = 1').run(logo?.bytes ?? null, logo?.mime ?? null);
}

export function selectLogo(db: Db): { bytes: Buffer; mime: string } | null {
  const row = db.prepare('SELECT logo, logo_mime FROM settings WHERE id = 1 AND logo IS NOT NULL').get() as { logo: Buffer; logo_mime: string } | undefined;
  return row ? { bytes: row.logo, mime: row.logo_mime } : null;
}
