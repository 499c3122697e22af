import type { SettingsInput } from '../../shared/settings/schema';
import type { Db } from './open';
import { settingsToDb } from './settings-mapping';
import type { LogoDbRow, SettingsDbRow } from './settings-mapping';

export function selectSettings(db: Db): SettingsDbRow | null {
  return (db.prepare('SELECT *, logo IS NOT NULL AS has_logo FROM settings WHERE id = 1').get() as SettingsDbRow | undefined) ?? null;
}

export function upsertSettings(db: Db, s: SettingsInput, now: string): void {
  db.prepare(
    `INSERT INTO settings (id, kelurahan_code, lurah_name, lurah_nip, secretary_name, secretary_nip, office_address, nik_display, paper_size, updated_at)
     VALUES (1, @kelurahan_code, @lurah_name, @lurah_nip, @secretary_name, @secretary_nip, @office_address, @nik_display, @paper_size, @now)
     ON CONFLICT (id) DO UPDATE SET kelurahan_code = excluded.kelurahan_code, lurah_name = excluded.lurah_name,
       lurah_nip = excluded.lurah_nip, secretary_name = excluded.secretary_name, secretary_nip = excluded.secretary_nip,
       office_address = excluded.office_address, nik_display = excluded.nik_display,
       paper_size = excluded.paper_size, updated_at = excluded.updated_at`,
  ).run({ ...settingsToDb(s), now });
}

export function updateLogo(db: Db, logo: { bytes: Buffer; mime: string } | null): void {
  db.prepare('UPDATE settings SET logo = ?, logo_mime = ? WHERE id = 1').run(logo?.bytes ?? null, logo?.mime ?? null);
}

export function selectLogo(db: Db): LogoDbRow | null {
  return (db.prepare('SELECT logo, logo_mime FROM settings WHERE id = 1 AND logo IS NOT NULL').get() as LogoDbRow | undefined) ?? null;
}
