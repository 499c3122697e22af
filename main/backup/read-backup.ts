import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { BackupManifestSchema } from '../../shared/backup/schema';
import type { BackupManifest } from '../../shared/backup/schema';
import { AppError } from '../services/app-error';

export const MANIFEST_NAME = 'cadangan.json';
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

export type BackupEntries = Map<string, Entry>;

function notABackup(file: string, why: string): AppError {
  return new AppError('INVALID_INPUT', `Berkas ${basename(file)} bukan cadangan Muskel yang utuh: ${why}.`, 'file');
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error) reject(notABackup(file, 'berkas zip rusak atau terpotong'));
      else resolve(zip);
    });
  });
}

function listEntries(file: string, zip: ZipFile): Promise<BackupEntries> {
  return new Promise((resolve, reject) => {
    const entries: BackupEntries = new Map();
    zip.on('entry', (entry: Entry) => {
      if (entries.has(entry.fileName)) return reject(notABackup(file, `isi ${entry.fileName} muncul dua kali`));
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(notABackup(file, 'daftar isi zip rusak')));
    zip.readEntry();
  });
}

function readStream(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

async function readManifest(file: string, zip: ZipFile, entries: BackupEntries): Promise<BackupManifest> {
  const entry = entries.get(MANIFEST_NAME);
  if (!entry) throw notABackup(file, `tidak ada ${MANIFEST_NAME}`);
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw notABackup(file, `${MANIFEST_NAME} terlalu besar`);
  const chunks: Buffer[] = [];
  for await (const chunk of await readStream(zip, entry)) chunks.push(chunk as Buffer);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw notABackup(file, `${MANIFEST_NAME} bukan JSON`);
  }
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) throw notABackup(file, `${MANIFEST_NAME} tidak sesuai format (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
  return parsed.data;
}

/** An open backup: its manifest (not yet authenticated: see manifest-mac.ts) and its entries. */
export class BackupReader {
  private constructor(
    readonly file: string,
    readonly manifest: BackupManifest,
    private readonly zip: ZipFile,
    private readonly entries: BackupEntries,
  ) {}

  static async open(file: string): Promise<BackupReader> {
    const zip = await openZip(file);
    try {
      const entries = await listEntries(file, zip);
      return new BackupReader(file, await readManifest(file, zip, entries), zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  async readSmall(path: string): Promise<Buffer> {
    const entry = this.entries.get(path);
    if (!entry || entry.uncompressedSize > MAX_MANIFEST_BYTES) throw notABackup(this.file, `isi ${path} tidak ada`);
    const chunks: Buffer[] = [];
    for await (const chunk of await readStream(this.zip, entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Writes every file the manifest lists into `dest`, checking each one's size and SHA-256 as it streams;
   * any entry the manifest does not list, or a listed one that is missing or different, refuses the backup.
   */
  async extractTo(dest: string, report: (done: number, total: number) => void): Promise<void> {
    const listed = new Set(this.manifest.files.map((f) => f.path));
    for (const name of this.entries.keys()) {
      if (name !== MANIFEST_NAME && !listed.has(name)) throw notABackup(this.file, `isi ${name.slice(0, 80)} tidak tercantum di ${MANIFEST_NAME}`);
    }
    for (const [i, expected] of this.manifest.files.entries()) {
      report(i, this.manifest.files.length);
      const entry = this.entries.get(expected.path);
      if (!entry) throw notABackup(this.file, `${expected.path} hilang`);
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
      try {
        await pipeline(await readStream(this.zip, entry), tap, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
      } catch {
        throw notABackup(this.file, `${expected.path} tidak dapat dibaca`);
      }
      if (size !== expected.size || hash.digest('hex') !== expected.sha256) throw notABackup(this.file, `${expected.path} telah berubah atau rusak (SHA-256 tidak cocok)`);
    }
    report(this.manifest.files.length, this.manifest.files.length);
  }

  close(): void {
    this.zip.close();
  }
}
