import type { DinsosOffice, DinsosOfficeInput, FolderRole, Role } from '../../shared/office/schema';
import { dinsosOfficeFromDb, dinsosOfficeToDb } from '../db/office-mapping';
import { holdsKelurahanData, selectDinsosOffice, upsertDinsosOffice } from '../db/office-queries';
import { writeTransaction } from '../db/write-transaction';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { findRegency } from './regions';

async function dinsosOffice(ctx: ServiceContext): Promise<DinsosOffice | null> {
  const row = selectDinsosOffice(ctx.db);
  if (!row) return null;
  const office = dinsosOfficeFromDb(row);
  const regency = await findRegency(office.regionCode);
  if (!regency) throw new AppError('NOT_FOUND', `Kode kota/kabupaten ${office.regionCode} tidak ada dalam daftar Kemendagri`);
  return { ...office, regency };
}

/** A folder with a Dinsos office serves that Dinsos; one with kelurahan settings or data serves the kelurahan. */
export async function folderRole(ctx: ServiceContext): Promise<FolderRole> {
  const dinsos = await dinsosOffice(ctx);
  if (dinsos) return { role: 'DINSOS', dinsos };
  return { role: holdsKelurahanData(ctx.db) ? 'KELURAHAN' : null, dinsos: null };
}

const ROLE_NAME: Readonly<Record<Role, string>> = { KELURAHAN: 'kelurahan', DINSOS: 'Dinsos' };

/** Refuses work of one role in a folder set up for the other. A folder not set up yet serves a kelurahan (as before roles). */
export async function requireRole(ctx: ServiceContext, role: Role): Promise<void> {
  const current = (await folderRole(ctx)).role ?? 'KELURAHAN';
  if (current !== role) {
    throw new AppError('CONFLICT', `Folder data ini disiapkan untuk ${ROLE_NAME[current]}; pekerjaan ini hanya untuk folder ${ROLE_NAME[role]}.`);
  }
}

export async function requireDinsosOffice(ctx: ServiceContext): Promise<DinsosOffice> {
  const office = await dinsosOffice(ctx);
  if (!office) throw new AppError('NOT_CONFIGURED', 'Folder ini belum disiapkan untuk Dinsos. Isi data dinas di Pengaturan terlebih dahulu.');
  return office;
}

export async function saveDinsosOffice(ctx: ServiceContext, input: DinsosOfficeInput): Promise<DinsosOffice> {
  const regency = await findRegency(input.regionCode);
  if (!regency) throw new AppError('INVALID_INPUT', `Kota/kabupaten dengan kode ${input.regionCode} tidak ada dalam daftar Kemendagri`, 'regionCode');
  writeTransaction(ctx.db, () => {
    if (holdsKelurahanData(ctx.db)) {
      throw new AppError('CONFLICT', 'Folder data ini sudah dipakai kelurahan (pengaturan, keluarga atau musyawarah). Siapkan folder data baru untuk Dinsos.');
    }
    const before = selectDinsosOffice(ctx.db);
    upsertDinsosOffice(ctx.db, dinsosOfficeToDb(input), ctx.now().toISOString());
    record(ctx, { action: before ? 'UBAH' : 'BUAT', entity: 'PENGATURAN', entityId: 1, before: before ? dinsosOfficeFromDb(before) : undefined, after: input });
  });
  return { ...input, regency };
}
