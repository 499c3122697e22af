import type { TrustKeyInput, TrustedKey } from '../../../shared/inbox/schema';
import type { KelurahanKeyDbRow } from '../../db/kelurahan-key-mapping';
import { insertKelurahanKey, replaceKeyInForce, selectKeyInForce, selectKeysInForce } from '../../db/kelurahan-key-queries';
import { writeTransaction } from '../../db/write-transaction';
import { MinisignError, keyIdHex, parsePublicKey } from '../../package/minisign';
import { AppError } from '../app-error';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';
import { findVillage } from '../regions';

async function trustedKeyFromDb(row: KelurahanKeyDbRow): Promise<TrustedKey> {
  const village = await findVillage(row.kelurahan_code);
  return { kelurahanCode: row.kelurahan_code, kelurahanName: village?.name ?? row.kelurahan_code, keyId: row.key_id, trustedAt: row.trusted_at, trustedBy: row.trusted_by };
}

export async function listTrustedKeys(ctx: ServiceContext): Promise<TrustedKey[]> {
  await requireDinsosOffice(ctx);
  return Promise.all(selectKeysInForce(ctx.db).map(trustedKeyFromDb));
}

/** The public keys of every kelurahan trusted now, for the verifier. */
export function trustedPublicKeys(ctx: ServiceContext): KelurahanKeyDbRow[] {
  return selectKeysInForce(ctx.db);
}

/**
 * Trusts a kelurahan's minisign key. One key per kelurahan is in force: a different key replaces it only when
 * the officer confirms (`replace`), and both the old and the new key id go into the audit log.
 */
export async function trustKey(ctx: ServiceContext, input: TrustKeyInput): Promise<TrustedKey> {
  const office = await requireDinsosOffice(ctx);
  const village = await findVillage(input.kelurahanCode);
  if (!village) throw new AppError('INVALID_INPUT', `Kelurahan dengan kode ${input.kelurahanCode} tidak ada dalam daftar Kemendagri`, 'kelurahanCode');
  if (village.regencyCode !== office.regionCode) {
    throw new AppError('INVALID_INPUT', `Kelurahan ${village.name} (${input.kelurahanCode}) tidak berada di ${office.regency.name}`, 'kelurahanCode');
  }
  let keyId: string;
  try {
    keyId = keyIdHex(parsePublicKey(input.publicKey).keyId);
  } catch (error) {
    if (error instanceof MinisignError) throw new AppError('INVALID_INPUT', `Berkas kunci publik tidak sah: ${error.message}`, 'publicKey');
    throw error;
  }
  const operator = requireOperator(ctx);
  const now = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const elsewhere = selectKeysInForce(ctx.db).find((k) => k.key_id === keyId && k.kelurahan_code !== input.kelurahanCode);
    if (elsewhere) throw new AppError('CONFLICT', `Kunci ${keyId} sudah dipercaya untuk kelurahan lain (kode ${elsewhere.kelurahan_code}); satu kunci hanya milik satu kelurahan.`);
    const current = selectKeyInForce(ctx.db, input.kelurahanCode);
    if (current?.key_id === keyId) return;
    if (current && !input.replace) {
      throw new AppError('CONFLICT', `Kelurahan ${village.name} sudah memiliki kunci ${current.key_id}. Mengganti dengan kunci ${keyId} harus dikonfirmasi.`);
    }
    if (current) replaceKeyInForce(ctx.db, input.kelurahanCode, now);
    insertKelurahanKey(ctx.db, { kelurahan_code: input.kelurahanCode, key_id: keyId, public_key: input.publicKey.trim() + '\n', trusted_at: now, trusted_by: operator });
    record(ctx, {
      action: current ? 'UBAH' : 'BUAT', entity: 'KUNCI_KELURAHAN', entityId: null,
      before: current ? { kelurahan: input.kelurahanCode, keyId: current.key_id } : undefined, after: { kelurahan: input.kelurahanCode, keyId },
    });
  });
  const row = selectKeyInForce(ctx.db, input.kelurahanCode);
  if (!row) throw new Error('trusted key vanished');
  return trustedKeyFromDb(row);
}
