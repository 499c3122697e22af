import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Wrapped {
  nonce: string;
  /** The data key sealed with AES-256-GCM, its 16-byte tag appended; base64. */
  sealed: string;
}

/** Seals the data key under a key-encryption key; `label` binds it to its use (AES-GCM additional data). */
export function wrapKey(dataKey: Buffer, kek: Buffer, label: string): Wrapped {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(label));
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
}

/** The data key, or null when the key-encryption key (so the passphrase or code behind it) is wrong. */
export function unwrapKey(wrapped: Wrapped, kek: Buffer, label: string): Buffer | null {
  const sealed = Buffer.from(wrapped.sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'));
  decipher.setAAD(Buffer.from(label));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}
