import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

/** AES-256-GCM of `plaintext` under `key`, bound to `associated`: base64 of the nonce, the ciphertext and the tag. */
export function seal(key: Buffer, plaintext: string, associated: string): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated));
  return Buffer.concat([nonce, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

/** The plaintext, or null when `key` is not the one it was sealed under, or the box was altered or moved to another `associated`. */
export function openSealed(key: Buffer, box: string, associated: string): string | null {
  const bytes = Buffer.from(box, 'base64');
  if (bytes.length < NONCE + TAG) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(associated));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
