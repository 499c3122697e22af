import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { newPrivateFile } from '../app/new-private-file';
import { BackupManifestSchema } from '../../shared/backup/schema';
import type { BackupManifest } from '../../shared/backup/schema';
import { AppError } from '../services/app-error';
import { MAGIC, TRAILER_BYTES, parseTrailer } from './backup-container';

export const MANIFEST_NAME = 'cadangan.json';
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
const CHUNK = 1024 * 1024;

function notABackup(file: string, why: string): AppError {
  return new AppError('INVALID_INPUT', `Berkas ${basename(file)} bukan cadangan Muskel yang utuh: ${why}.`, 'file');
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/** The manifest at the file's end, checked for shape and for covering every byte between magic and manifest exactly once. */
function readManifest(file: string): BackupManifest {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw notABackup(file, 'berkas tidak dapat dibuka');
  }
  try {
    const size = fstatSync(fd).size;
    if (size < MAGIC.length + TRAILER_BYTES || !readAt(fd, 0, MAGIC.length).equals(MAGIC)) throw notABackup(file, 'tanda pengenal berkas tidak ada');
    const length = parseTrailer(readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES));
    const manifestAt = size - TRAILER_BYTES - (length ?? 0);
    if (length === null || length > MAX_MANIFEST_BYTES || manifestAt < MAGIC.length) throw notABackup(file, 'penutup berkas rusak atau terpotong');
    let json: unknown;
    try {
      json = JSON.parse(readAt(fd, manifestAt, length).toString('utf8'));
    } catch {
      throw notABackup(file, `${MANIFEST_NAME} bukan JSON`);
    }
    const parsed = BackupManifestSchema.safeParse(json);
    if (!parsed.success) throw notABackup(file, `${MANIFEST_NAME} tidak sesuai format (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
    let expected = MAGIC.length;
    const seen = new Set<string>();
    for (const entry of parsed.data.files) {
      if (entry.offset !== expected || seen.has(entry.path)) throw notABackup(file, `letak ${entry.path} tidak sesuai ${MANIFEST_NAME}`);
      seen.add(entry.path);
      expected += entry.size;
    }
    if (expected !== manifestAt) throw notABackup(file, `isi berkas tidak sesuai ${MANIFEST_NAME} (ada bagian yang hilang atau tambahan)`);
    return parsed.data;
  } finally {
    closeSync(fd);
  }
}

function range(file: string, offset: number, size: number): NodeJS.ReadableStream {
  return createReadStream(file, { start: offset, end: offset + size - 1, highWaterMark: CHUNK });
}

/** An open backup: its manifest (not yet authenticated: see manifest-mac.ts) and its files. */
export class BackupReader {
  private constructor(
    readonly file: string,
    readonly manifest: BackupManifest,
  ) {}

  static open(file: string): BackupReader {
    return new BackupReader(file, readManifest(file));
  }

  async readSmall(path: string): Promise<Buffer> {
    const entry = this.manifest.files.find((f) => f.path === path);
    if (!entry || entry.size > MAX_MANIFEST_BYTES) throw notABackup(this.file, `isi ${path} tidak ada`);
    if (entry.size === 0) return Buffer.alloc(0);
    const chunks: Buffer[] = [];
    for await (const chunk of range(this.file, entry.offset, entry.size)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Writes every file the manifest lists into `dest`, checking each one's size and SHA-256 as it streams. */
  async extractTo(dest: string, report: (done: number, total: number) => void): Promise<void> {
    for (const [i, expected] of this.manifest.files.entries()) {
      report(i, this.manifest.files.length);
      const target = join(dest, ...expected.path.split('/'));
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const out = await newPrivateFile(target);
      try {
        if (expected.size === 0) out.end();
        else await pipeline(range(this.file, expected.offset, expected.size), tap, out);
      } catch {
        throw notABackup(this.file, `${expected.path} tidak dapat dibaca`);
      }
      if (size !== expected.size || hash.digest('hex') !== expected.sha256) throw notABackup(this.file, `${expected.path} telah berubah atau rusak (SHA-256 tidak cocok)`);
    }
    report(this.manifest.files.length, this.manifest.files.length);
  }
}
