import type { Settings, SettingsInput } from '../../shared/settings/schema';
import { selectSettings, upsertSettings } from '../db/settings-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { findVillage } from './regions';

export async function getSettings(ctx: ServiceContext): Promise<Settings | null> {
  const stored = selectSettings(ctx.db);
  if (!stored) return null;
  const village = await findVillage(stored.kelurahanCode);
  if (!village) throw new AppError('NOT_FOUND', `Kode kelurahan ${stored.kelurahanCode} tidak ada dalam daftar Kemendagri`);
  return { ...stored, village };
}

export async function saveSettings(ctx: ServiceContext, input: SettingsInput): Promise<Settings> {
  const village = await findVillage(input.kelurahanCode);
  if (!village) throw new AppError('INVALID_INPUT', 'Kelurahan tidak ditemukan dalam daftar Kemendagri', 'kelurahanCode');
  ctx.db.transaction(() => {
    const before = selectSettings(ctx.db);
    upsertSettings(ctx.db, input, ctx.now().toISOString());
    record(ctx, { action: before ? 'UBAH' : 'BUAT', entity: 'PENGATURAN', entityId: 1, before: before ?? undefined, after: input });
  })();
  return { ...input, village };
}

export async function requireSettings(ctx: ServiceContext): Promise<Settings> {
  const settings = await getSettings(ctx);
  if (!settings) throw new AppError('NOT_CONFIGURED', 'Data kelurahan belum diisi. Buka Pengaturan terlebih dahulu.');
  return settings;
}
