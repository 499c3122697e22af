import { selectDinsosKey, upsertDinsosKey } from '../../db/answer-queries';
import { writeTransaction } from '../../db/write-transaction';
import { MinisignError, keyIdHex, parsePublicKey } from '../../package/minisign';
import { AppError } from '../app-error';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import { requireSettings } from '../settings';

/** Dinsos' minisign key as the kelurahan stored it, or null. */
export function dinsosKeyId(ctx: ServiceContext): string | null {
  return selectDinsosKey(ctx.db)?.key_id ?? null;
}

/** Stores Dinsos' minisign public key (.pub), which every answer must be signed with. Audited. */
export async function setDinsosPublicKey(ctx: ServiceContext, text: string): Promise<{ keyId: string | null }> {
  await requireSettings(ctx);
  let keyId: string;
  try {
    keyId = keyIdHex(parsePublicKey(text).keyId);
  } catch (error) {
    if (error instanceof MinisignError) throw new AppError('INVALID_INPUT', `Berkas kunci publik Dinsos tidak sah: ${error.message}`, 'publicKey');
    throw error;
  }
  writeTransaction(ctx.db, () => {
    const before = selectDinsosKey(ctx.db);
    upsertDinsosKey(ctx.db, keyId, `${text.trim()}\n`, ctx.now().toISOString());
    record(ctx, { action: before ? 'UBAH' : 'BUAT', entity: 'KUNCI', entityId: null, before: before ? { kunciDinsos: before.key_id } : undefined, after: { kunciDinsos: keyId } });
  });
  return { keyId };
}
