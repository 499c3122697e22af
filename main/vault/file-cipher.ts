import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Files of the data folder that hold personal data (photos of KTP and KK, backups' payload), encrypted with
 * the folder's data key: MAGIC, a 16-byte salt, then 64 KiB chunks, each AES-256-GCM with its 16-byte tag.
 * Each file has its own key (HKDF of the data key and the salt); the nonce is the chunk counter and a
 * last-chunk flag, as in age's STREAM, so chunks cannot be reordered, dropped or cut off unnoticed.
 */
export const MAGIC = Buffer.from('MUSKEL-ENC-1\n');
const SALT = 16;
const CHUNK = 64 * 1024;
const TAG = 16;
const HEADER = MAGIC.length + SALT;

export class FileCipherError extends Error {}

function fileKey(dataKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, salt, 'muskel berkas', 32));
}

function nonce(counter: bigint, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeBigUInt64BE(counter, 3);
  n[11] = last ? 1 : 0;
  return n;
}

/** Seals one file's chunks in order; `header` comes first. */
class Sealer {
  private readonly salt = randomBytes(SALT);
  private readonly key: Buffer;
  private counter = 0n;
  constructor(dataKey: Buffer) {
    this.key = fileKey(dataKey, this.salt);
  }
  header(): Buffer {
    return Buffer.concat([MAGIC, this.salt]);
  }
  seal(plain: Buffer, last: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.counter++, last));
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }
}

/** Opens one file's chunks in order, after reading its header. */
class Opener {
  private readonly key: Buffer;
  private counter = 0n;
  constructor(dataKey: Buffer, header: Buffer) {
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new FileCipherError('bukan berkas terenkripsi Muskel');
    this.key = fileKey(dataKey, header.subarray(MAGIC.length, HEADER));
  }
  open(sealed: Buffer, last: boolean): Buffer {
    if (sealed.length < TAG) throw new FileCipherError('berkas terenkripsi terpotong');
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce(this.counter++, last));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
    } catch {
      throw new FileCipherError('berkas terenkripsi rusak, diubah, atau dibuka dengan kunci lain');
    }
  }
}

/** Plaintext in, MAGIC + salt + sealed chunks out. A full chunk is sealed only once more data follows. */
export function encryptStream(dataKey: Buffer): Transform {
  const sealer = new Sealer(dataKey);
  let pending: Buffer = Buffer.alloc(0);
  return new Transform({
    construct(done) {
      this.push(sealer.header());
      done();
    },
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length > CHUNK) {
        this.push(sealer.seal(pending.subarray(0, CHUNK), false));
        pending = pending.subarray(CHUNK);
      }
      done();
    },
    flush(done: TransformCallback) {
      this.push(sealer.seal(pending, true));
      done();
    },
  });
}

/** Sealed file in, plaintext out; fails on any change, reorder or truncation. */
export function decryptStream(dataKey: Buffer): Transform {
  let opener: Opener | null = null;
  let pending: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      try {
        if (!opener) {
          if (pending.length < HEADER) return done();
          opener = new Opener(dataKey, pending.subarray(0, HEADER));
          pending = pending.subarray(HEADER);
        }
        while (pending.length > CHUNK + TAG) {
          this.push(opener.open(pending.subarray(0, CHUNK + TAG), false));
          pending = pending.subarray(CHUNK + TAG);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        if (!opener) throw new FileCipherError('berkas terenkripsi terpotong');
        this.push(opener.open(pending, true));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** The same format for a whole buffer at once (evidence photos of at most 5 MB, inside a transaction). */
export function encryptBytes(dataKey: Buffer, plain: Buffer): Buffer {
  const sealer = new Sealer(dataKey);
  const out = [sealer.header()];
  let offset = 0;
  while (plain.length - offset > CHUNK) {
    out.push(sealer.seal(plain.subarray(offset, offset + CHUNK), false));
    offset += CHUNK;
  }
  out.push(sealer.seal(plain.subarray(offset), true));
  return Buffer.concat(out);
}

export function decryptBytes(dataKey: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < HEADER) throw new FileCipherError('berkas terenkripsi terpotong');
  const opener = new Opener(dataKey, sealed.subarray(0, HEADER));
  const out: Buffer[] = [];
  let offset = HEADER;
  while (sealed.length - offset > CHUNK + TAG) {
    out.push(opener.open(sealed.subarray(offset, offset + CHUNK + TAG), false));
    offset += CHUNK + TAG;
  }
  out.push(opener.open(sealed.subarray(offset), true));
  return Buffer.concat(out);
}

/** Whether a file starts like one of these (a data folder being encrypted still has plaintext files). */
export function isEncryptedFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}
