import type { PaperSize } from '../../shared/print/paper';
import type { SettingsInput } from '../../shared/settings/schema';

export interface SettingsDbRow {
  kelurahan_code: string;
  lurah_name: string;
  lurah_nip: string;
  secretary_name: string;
  secretary_nip: string;
  office_address: string;
  nik_display: 'FULL' | 'MASKED';
  paper_size: PaperSize;
  has_logo: 0 | 1;
}

export interface LogoDbRow {
  logo: Buffer;
  logo_mime: string;
}

export type StoredSettings = SettingsInput & { hasLogo: boolean };

export function settingsFromDb(row: SettingsDbRow): StoredSettings {
  return {
    kelurahanCode: row.kelurahan_code,
    lurahName: row.lurah_name,
    lurahNip: row.lurah_nip,
    secretaryName: row.secretary_name,
    secretaryNip: row.secretary_nip,
    officeAddress: row.office_address,
    nikDisplay: row.nik_display,
    paperSize: row.paper_size,
    hasLogo: row.has_logo === 1,
  };
}

export function settingsToDb(s: SettingsInput) {
  return {
    kelurahan_code: s.kelurahanCode, lurah_name: s.lurahName, lurah_nip: s.lurahNip, secretary_name: s.secretaryName,
    secretary_nip: s.secretaryNip, office_address: s.officeAddress, nik_display: s.nikDisplay, paper_size: s.paperSize,
  };
}

export function logoFromDb(row: LogoDbRow): { bytes: Buffer; mime: 'image/png' | 'image/jpeg' } {
  return { bytes: row.logo, mime: row.logo_mime === 'image/png' ? 'image/png' : 'image/jpeg' };
}
