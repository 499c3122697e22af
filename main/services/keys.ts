import { Decrypter, Encrypter } from 'age-encryption';
import type { KeyInfo } from '../../shared/package/keys-schema';
import { recipientFromDb, signingKeyFromDb, signingKeyToDb } from '../db/key-mapping';
import type { SigningKey } from '../db/key-mapping';
import { insertKey, replaceRecipient, retireKeys, selectActiveKey, selectRecipients } from '../db/key-queries';
import { ScryptIdentity, ScryptRecipient } from '../package/age-scrypt';
import { AGE_RECIPIENT, newIdentity } from '../package/age-stream';
import { MinisignError, decryptSecretKey, encryptSecretKey, generateKeyPair, keyIdHex, publicKeyFile } from '../package/minisign';
import type { KeyPair } from '../package/minisign';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { writeTransaction } from '../db/write-transaction';

export const MIN_PASSPHRASE = 10;

export function activeKey(ctx: ServiceContext): SigningKey | null {
  const row = selectActiveKey(ctx.db);
  return row ? signingKeyFromDb(row) : null;
}

export function recipientsOnly(ctx: ServiceContext): { recipient: string; label: string }[] {
  return selectRecipients(ctx.db).map(recipientFromDb);
}

export function keyInfo(ctx: ServiceContext): KeyInfo | null {
  const key = activeKey(ctx);
  if (!key) return null;
  return { keyId: key.keyId, publicKey: key.publicKey, createdAt: key.createdAt, ownRecipient: key.ownRecipient, dinsosRecipients: recipientsOnly(ctx) };
}

/**
 * A new signing key for the kelurahan, its secret part sealed with the passphrase (minisign's scrypt format),
 * plus the office's own age identity so it can reopen its exports. Replacing a key is a confirmed, audited act.
 */
export async function generateKey(ctx: ServiceContext, passphrase: string, replace: boolean): Promise<KeyInfo> {
  if (passphrase.length < MIN_PASSPHRASE) throw new AppError('INVALID_INPUT', `Frasa sandi paling sedikit ${MIN_PASSPHRASE} karakter`, 'passphrase');
  const existing = activeKey(ctx);
  if (existing && !replace) {
    throw new AppError('CONFLICT', `Folder ini sudah memiliki kunci ${existing.keyId}. Mengganti kunci harus dikonfirmasi: berkas lama tetap diperiksa dengan kunci lama.`);
  }
  const key = generateKeyPair();
  const secretKey = await encryptSecretKey(key, passphrase);
  const own = await newIdentity();
  const sealer = new Encrypter();
  sealer.addRecipient(new ScryptRecipient(passphrase));
  const sealedIdentity = Buffer.from(await sealer.encrypt(own.identity)).toString('base64');
  const now = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    if (existing) retireKeys(ctx.db, now);
    insertKey(ctx.db, signingKeyToDb({
      keyId: keyIdHex(key.keyId), publicKey: publicKeyFile(key), sealedSecretKey: secretKey, ownRecipient: own.recipient, sealedOwnIdentity: sealedIdentity, createdAt: now,
    }));
    record(ctx, { action: existing ? 'UBAH' : 'BUAT', entity: 'KUNCI', entityId: null, before: existing ? { keyId: existing.keyId } : undefined, after: { keyId: keyIdHex(key.keyId), ownRecipient: own.recipient } });
  });
  const info = keyInfo(ctx);
  if (!info) throw new Error('key vanished after insert');
  return info;
}

export async function unlockKey(ctx: ServiceContext, passphrase: string): Promise<KeyPair> {
  const key = activeKey(ctx);
  if (!key) throw new AppError('NOT_CONFIGURED', 'Kelurahan belum memiliki kunci penanda tangan. Buat kunci di Pengaturan > Kunci.');
  try {
    return await decryptSecretKey(key.sealedSecretKey, passphrase);
  } catch (error) {
    if (error instanceof MinisignError) throw new AppError('INVALID_INPUT', error.message, 'passphrase');
    throw error;
  }
}

/** The office's own age identity, opened with the passphrase: lets it reopen its own exports. */
export async function ownIdentity(ctx: ServiceContext, passphrase: string): Promise<string> {
  const key = activeKey(ctx);
  if (!key) throw new AppError('NOT_CONFIGURED', 'Folder ini belum memiliki kunci. Buat kunci di Pengaturan > Kunci.');
  const opener = new Decrypter();
  opener.addIdentity(new ScryptIdentity(passphrase));
  try {
    return await opener.decrypt(Buffer.from(key.sealedOwnIdentity, 'base64'), 'text');
  } catch {
    throw new AppError('INVALID_INPUT', 'Frasa sandi kunci salah', 'passphrase');
  }
}

export function setDinsosRecipient(ctx: ServiceContext, text: string): { recipient: string; label: string }[] {
  const recipient = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('age1')) ?? text.trim();
  if (!AGE_RECIPIENT.test(recipient)) {
    throw new AppError('INVALID_INPUT', 'Kunci penerima Dinsos harus berupa kunci publik age X25519 yang diawali "age1" (62 karakter)', 'recipient');
  }
  writeTransaction(ctx.db, () => {
    replaceRecipient(ctx.db, recipient, 'Dinsos', ctx.now().toISOString());
    record(ctx, { action: 'UBAH', entity: 'KUNCI', entityId: null, after: { dinsosRecipient: recipient } });
  });
  return recipientsOnly(ctx);
}
