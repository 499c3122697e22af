import type { GroundcheckItem, GroundcheckPhoto } from '../../../shared/groundcheck/schema';
import { itemPartsFromDb, photoFromDb } from '../../db/groundcheck-mapping';
import type { GroundcheckItemDbRow, GroundcheckTargetDbRow } from '../../db/groundcheck-mapping';
import { selectGroundcheckItemsById, selectGroundcheckTargets, selectPhotosOf } from '../../db/groundcheck-queries';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { annotated } from '../inbox/city-proposals';

/**
 * These proposals of the city register, refused by id when one is unknown or its package was replaced (it no
 * longer counts: the kelurahan's newer package for the same meeting does). `field` names the input in the refusal.
 */
export function requireInForce(ctx: ServiceContext, ids: readonly number[], field: string): Map<number, GroundcheckTargetDbRow> {
  const found = new Map(selectGroundcheckTargets(ctx.db, ids).map((t) => [t.id, t]));
  for (const id of ids) {
    const target = found.get(id);
    if (!target) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan di daftar usulan kota`, field);
    if (target.replaced_at !== null) {
      throw new AppError('CONFLICT', `Usulan dengan id ${id} berasal dari paket yang telah digantikan paket baru kelurahan; pilih usulan dari paket yang berlaku`, field);
    }
  }
  return found;
}

/** List rows as the officer sees them: the register's row with its findings, the assignment, the result and the photos. */
export function groundcheckItems(ctx: ServiceContext, regionCode: string, rows: readonly GroundcheckItemDbRow[]): GroundcheckItem[] {
  const proposals = annotated(ctx, regionCode, rows);
  const photos = new Map<number, GroundcheckPhoto[]>();
  for (const row of selectPhotosOf(ctx.db, rows.map((r) => r.id))) photos.set(row.proposal_id, [...(photos.get(row.proposal_id) ?? []), photoFromDb(row)]);
  return rows.map((row, i) => {
    const proposal = proposals[i];
    if (!proposal) throw new Error('annotated dropped a row');
    return { proposal, dinsosNote: row.dinsos_note, ...itemPartsFromDb(row), photos: photos.get(row.id) ?? [] };
  });
}

/** One proposal's groundcheck item, fresh from the database. */
export function groundcheckItem(ctx: ServiceContext, regionCode: string, id: number): GroundcheckItem {
  const [item] = groundcheckItems(ctx, regionCode, selectGroundcheckItemsById(ctx.db, [id]));
  if (!item) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan di daftar usulan kota`);
  return item;
}
