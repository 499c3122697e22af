import type { Logo, Settings, SettingsInput } from '../../shared/settings/schema';
import { logoFromDb, settingsFromDb } from '../db/settings-mapping';
import type { StoredSettings } from '../db/settings-mapping';
import { selectLogo, selectSettings, updateLogo, upsertSettings } from '../db/settings-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { sniffType } from './file-type';
import { findVillage } from './regions';
import { fillMissingKelurahanCode } from '../db/dtsen-queries';
import { writeTransaction } from '../db/write-transaction';
import { selectDinsosOffice } from '../db/office-queries';

const MAX_LOGO_BYTES = 1024 * 1024;

/** The settings row as saved, before the village is looked up. */
export function storedSettings(ctx: ServiceContext): StoredSettings | null {
  const row = selectSettings(ctx.db);
  return row ? settingsFromDb(row) : null;
}

export async function getSettings(ctx: ServiceContext): Promise<Settings | null> {
  const stored = storedSettings(ctx);
  if (!stored) return null;
  const village = await findVillage(stored.kelurahanCode);
  if (!village) throw new AppError('NOT_FOUND', `Kode kelurahan ${stored.kelurahanCode} tidak ada dalam daftar Kemendagri`);
  return { ...stored, village };
}

export async function saveSettings(ctx: ServiceContext, input: SettingsInput): Promise<Settings> {
  const village = await findVillage(input.kelurahanCode);
  if (!village) throw new AppError('INVALID_INPUT', 'Kelurahan tidak ditemukan dalam daftar Kemendagri', 'kelurahanCode');
  const hasLogo = writeTransaction(ctx.db, () => {
    if (selectDinsosOffice(ctx.db)) throw new AppError('CONFLICT', 'Folder data ini disiapkan untuk Dinsos. Siapkan folder data baru untuk kelurahan.');
    const before = storedSettings(ctx);
    upsertSettings(ctx.db, input, ctx.now().toISOString());
    fillMissingKelurahanCode(ctx.db, input.kelurahanCode);
    record(ctx, { action: before ? 'UBAH' : 'BUAT', entity: 'PENGATURAN', entityId: 1, before: before ?? undefined, after: input });
    return before?.hasLogo ?? false;
  });
  return { ...input, village, hasLogo };
}

export async function requireSettings(ctx: ServiceContext): Promise<Settings> {
  const settings = await getSettings(ctx);
  if (!settings) throw new AppError('NOT_CONFIGURED', 'Data kelurahan belum diisi. Buka Pengaturan terlebih dahulu.');
  return settings;
}

/** The kop surat's logo: a PNG or JPEG up to 1 MB, or none. */
export async function setLogo(ctx: ServiceContext, contentBase64: string | null): Promise<Settings> {
  await requireSettings(ctx);
  const bytes = contentBase64 === null ? null : Buffer.from(contentBase64, 'base64');
  const sniffed = bytes ? sniffType(bytes) : null;
  const mime = sniffed === 'image/png' || sniffed === 'image/jpeg' ? sniffed : null;
  if (bytes && !mime) throw new AppError('INVALID_INPUT', 'Logo harus berupa gambar PNG atau JPEG', 'logo');
  if (bytes && bytes.length > MAX_LOGO_BYTES) throw new AppError('INVALID_INPUT', 'Logo paling besar 1 MB', 'logo');
  writeTransaction(ctx.db, () => {
    updateLogo(ctx.db, bytes && mime ? { bytes, mime } : null);
    record(ctx, { action: 'UBAH', entity: 'PENGATURAN', entityId: 1, after: { logo: bytes ? `${mime ?? ''}, ${bytes.length} byte` : 'dihapus' } });
  });
  return requireSettings(ctx);
}

export function getLogo(ctx: ServiceContext): Logo | null {
  const row = selectLogo(ctx.db);
  if (!row) return null;
  const logo = logoFromDb(row);
  return { mime: logo.mime, contentBase64: logo.bytes.toString('base64') };
}
