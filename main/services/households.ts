import type { Household, HouseholdInput, SearchInput, SearchResult } from '../../shared/household/schema';
import { parseSearchQuery } from '../../shared/household/search-query';
import { householdFromDb, householdRowFromDb, nikOwnerFromDb } from '../db/household-mapping';
import {
  deleteHousehold, insertHousehold, searchHouseholds, selectHousehold, selectHouseholdIdByKk, selectHouseholds, selectNikOwners, updateHousehold,
} from '../db/household-queries';
import { destroyAuditKey } from '../db/audit-key-queries';
import { AppError } from './app-error';
import { record, requireOperator } from './audit';
import { referencedError } from './db-errors';
import type { ServiceContext } from './context';
import { writeTransaction } from '../db/write-transaction';

export function search(ctx: ServiceContext, input: SearchInput): SearchResult {
  const { total, rows } = searchHouseholds(ctx.db, parseSearchQuery(input.query), input.offset, input.limit);
  return { total, rows: rows.map(householdRowFromDb) };
}

export function getHousehold(ctx: ServiceContext, id: number): Household {
  const found = selectHousehold(ctx.db, id);
  if (!found) throw new AppError('NOT_FOUND', `Keluarga dengan id ${id} tidak ditemukan`);
  return householdFromDb(found);
}

/** Several households at once (for a meeting's proposals), keyed by id; ids that do not exist are absent. */
export function getHouseholds(ctx: ServiceContext, ids: readonly number[]): Map<number, Household> {
  return new Map([...selectHouseholds(ctx.db, ids)].map(([id, bundle]) => [id, householdFromDb(bundle)]));
}

/** One person may belong to one family only; one No. KK names one family. */
function assertUnique(ctx: ServiceContext, h: HouseholdInput, selfId: number | null): void {
  const kkOwner = selectHouseholdIdByKk(ctx.db, h.noKk.trim());
  if (kkOwner !== null && kkOwner !== selfId) {
    throw new AppError('CONFLICT', `No. KK ${h.noKk.trim()} sudah terdaftar untuk keluarga lain`, 'noKk');
  }
  const niks = h.members.map((m) => m.nik.trim());
  for (const owner of selectNikOwners(ctx.db, niks).map(nikOwnerFromDb)) {
    if (owner.householdId === selfId) continue;
    const index = niks.indexOf(owner.nik);
    throw new AppError(
      'CONFLICT',
      `NIK ${owner.nik} sudah tercatat di keluarga No. KK ${owner.noKk} (kepala keluarga: ${owner.headName ?? '-'}). Satu orang tidak boleh tercatat di dua keluarga.`,
      `members.${index}.nik`,
    );
  }
}

export function createHousehold(ctx: ServiceContext, input: HouseholdInput): Household {
  return writeTransaction(ctx.db, () => {
    requireOperator(ctx);
    assertUnique(ctx, input, null);
    const id = insertHousehold(ctx.db, input, ctx.now().toISOString());
    const created = getHousehold(ctx, id);
    record(ctx, { action: 'BUAT', entity: 'KELUARGA', entityId: id, householdId: id, after: created });
    return created;
  });
}

export function editHousehold(ctx: ServiceContext, id: number, input: HouseholdInput): Household {
  return writeTransaction(ctx.db, () => {
    requireOperator(ctx);
    const before = getHousehold(ctx, id);
    assertUnique(ctx, input, id);
    try {
      updateHousehold(ctx.db, id, input, ctx.now().toISOString());
    } catch (error) {
      throw referencedError(error, 'Anggota yang dihapus tercantum dalam usulan musyawarah; anggota tersebut tidak dapat dihapus dari keluarga.');
    }
    const after = getHousehold(ctx, id);
    record(ctx, { action: 'UBAH', entity: 'KELUARGA', entityId: id, householdId: id, before, after });
    return after;
  });
}

/**
 * Deletes the family and destroys its audit key in the same transaction: the entry recording the deletion is
 * sealed under that key first, so neither it nor any earlier entry keeps the family's personal fields readable.
 */
export function removeHousehold(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    requireOperator(ctx);
    const before = getHousehold(ctx, id);
    record(ctx, { action: 'HAPUS', entity: 'KELUARGA', entityId: id, householdId: id, before });
    destroyAuditKey(ctx.db, id);
    try {
      deleteHousehold(ctx.db, id);
    } catch (error) {
      throw referencedError(error, 'Keluarga ini tercantum dalam usulan musyawarah dan tidak dapat dihapus.');
    }
    return { id };
  });
}
