import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { newPrivateFile } from '../app/new-private-file';

const CHUNK = 64 * 1024;
const TAG = 16;

function nonce(index: number): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 6, 6);
  return n;
}

/**
 * A scratch file that never holds plaintext: AES-256-GCM in 64 KiB chunks under a random key that lives only
 * in this object, so whatever a killed process leaves on disk is unreadable. The chunk number is the nonce and
 * the plaintext size is kept in memory, so chunks cannot be swapped or cut off unnoticed. It is read back at
 * any offset (a zip's directory is at its end) one chunk at a time, so memory stays small whatever its size.
 */
export class SealedScratch {
  private readonly key = randomBytes(32);
  private plainSize = 0;
  /** Opened once on first read and shared: the file is read by position, so readers running at once (the rows and the SHA-256 of an import) never disturb each other. */
  private handle: Promise<FileHandle> | null = null;
  /** Appended plaintext not yet a whole chunk: it stays in memory until the next append or `endAppending`. */
  private pending: Buffer = Buffer.alloc(0);
  private sealedChunks = 0;

  constructor(readonly path: string) {}

  get size(): number {
    return this.plainSize + this.pending.length;
  }

  /** Seals `source` into the (new) file. */
  async write(source: AsyncIterable<Buffer>): Promise<void> {
    await pipeline(this.sealAll(source), await newPrivateFile(this.path));
  }

  /** Adds bytes that arrive piece by piece (an upload); whole chunks are sealed to disk at once. */
  append(bytes: Buffer): void {
    this.pending = Buffer.concat([this.pending, bytes]);
    while (this.pending.length >= CHUNK) {
      appendFileSync(this.path, this.seal(this.sealedChunks++, this.pending.subarray(0, CHUNK)), { mode: 0o600 });
      this.pending = this.pending.subarray(CHUNK);
    }
  }

  /** Seals the last, partial chunk of an appended file; it can be read from then on. */
  endAppending(): void {
    if (this.pending.length > 0) appendFileSync(this.path, this.seal(this.sealedChunks++, this.pending), { mode: 0o600 });
    else if (!existsSync(this.path)) writeFileSync(this.path, Buffer.alloc(0), { mode: 0o600 });
    this.pending = Buffer.alloc(0);
  }

  /** The whole plaintext in order, one chunk at a time. */
  async *chunks(): AsyncGenerator<Buffer> {
    this.handle ??= open(this.path, 'r');
    yield* this.range(await this.handle, 0, this.plainSize);
  }

  /** The file as yauzl reads a zip: plaintext ranges, decrypted on demand. */
  async reader(): Promise<yauzl.RandomAccessReader> {
    this.handle ??= open(this.path, 'r');
    return new ScratchReader(this, await this.handle);
  }

  /** Plaintext bytes [start, end), one chunk at a time. */
  async *range(handle: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
    if (start < 0 || end > this.plainSize || start > end) throw new Error('range outside the scratch file');
    for (let index = Math.floor(start / CHUNK); index * CHUNK < end; index++) {
      const length = Math.min(CHUNK, this.plainSize - index * CHUNK);
      const sealed = Buffer.alloc(length + TAG);
      const { bytesRead } = await handle.read(sealed, 0, sealed.length, index * (CHUNK + TAG));
      if (bytesRead !== sealed.length) throw new Error('scratch file cut short');
      const plain = this.open(index, sealed);
      yield plain.subarray(Math.max(0, start - index * CHUNK), Math.min(length, end - index * CHUNK));
    }
  }

  /** Closes the file; the caller removes it. */
  async dispose(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await (await handle)?.close();
  }

  private async *sealAll(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let pending: Buffer = Buffer.alloc(0);
    let index = 0;
    for await (const chunk of source) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= CHUNK) {
        yield this.seal(index++, pending.subarray(0, CHUNK));
        pending = pending.subarray(CHUNK);
      }
    }
    if (pending.length > 0) yield this.seal(index, pending);
  }

  private seal(index: number, plain: Buffer): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(index));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    this.plainSize += plain.length;
    return sealed;
  }

  private open(index: number, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce(index));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
  }
}

/** yauzl's reader over a sealed scratch file; the file handle belongs to the scratch, which closes it. */
class ScratchReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly scratch: SealedScratch,
    private readonly handle: FileHandle,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(this.scratch.range(this.handle, start, end), { objectMode: false });
  }
}
