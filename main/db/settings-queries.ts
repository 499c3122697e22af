import type { SettingsInput } from '../../shared/settings/schema';
import type { Db } from './open';

interface SettingsDbRow {
  kelurahan_code: string;
  lurah_name: string;
  lurah_nip: string;
  secretary_name: string;
  secretary_nip: string;
  office_address: string;
}

export function selectSettings(db: Db): SettingsInput | null {
  const row = db.prepare('SELECT * FROM settings WHERE id = 1').get() as SettingsDbRow | undefined;
  if (!row) return null;
  return {
    kelurahanCode: row.kelurahan_code,
    lurahName: row.lurah_name,
    lurahNip: row.lurah_nip,
    secretaryName: row.secretary_name,
    secretaryNip: row.secretary_nip,
    officeAddress: row.office_address,
  };
}

export function upsertSettings(db: Db, s: SettingsInput, now: string): void {
  db.prepare(
    `INSERT INTO settings (id, kelurahan_code, lurah_name, lurah_nip, secretary_name, secretary_nip, office_address, updated_at)
     VALUES (1, @kelurahanCode, @lurahName, @lurahNip, @secretaryName, @secretaryNip, @officeAddress, @now)
     ON CONFLICT (id) DO UPDATE SET kelurahan_code = excluded.kelurahan_code, lurah_name = excluded.lurah_name,
       lurah_nip = excluded.lurah_nip, secretary_name = excluded.secretary_name, secretary_nip = excluded.secretary_nip,
       office_address = excluded.office_address, updated_at = excluded.updated_at`,
  ).run({ ...s, now });
}
