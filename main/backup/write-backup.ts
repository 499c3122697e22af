import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupKind, BackupManifest, BackupSummary } from '../../shared/backup/schema';
import { APP_VERSION } from '../api/version';
import { ensureDir } from '../app/ensure-dir';
import { tempInUse, tempPathFor } from '../app/temp-files';
import { selectBackupCounts, selectEvidenceDigests, selectKelurahanCode } from '../db/backup-queries';
import { withDatabaseSnapshot } from './db-snapshot';
import { DB_FILE_NAME, schemaVersion } from '../db/open';
import type { ServiceContext } from '../services/context';
import { findVillage } from '../services/regions';
import { KEY_FILE_NAME, readKeyFile } from '../vault/key-file';
import { backupFileName } from './backup-name';
import { keyIdOf, manifestMac } from './manifest-mac';
import { MAGIC, trailer } from './backup-container';

export type BackupSource = Pick<ServiceContext, 'db' | 'dataDir' | 'dataKey' | 'now'>;
export type BackupProgress = (step: string, done: number, total: number) => void;
type BackupPath = BackupManifest['files'][number]['path'];

const CHUNK = 1024 * 1024;

/**
 * Appends files to the backup, recording where each starts, its size and its SHA-256. Files are copied
 * through one reused buffer: streaming a 100 MB database in fresh chunks made V8 collect the app's whole heap
 * again and again, doubling the time of a backup taken while the app holds a large register in memory.
 */
class ContainerWriter {
  private offset = 0;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  readonly files: BackupManifest['files'] = [];

  constructor(private readonly out: FileHandle) {}

  async write(bytes: Buffer): Promise<void> {
    let written = 0;
    while (written < bytes.length) written += (await this.out.write(bytes, written, bytes.length - written)).bytesWritten;
    this.offset += bytes.length;
  }

  async addBytes(path: BackupPath, bytes: Buffer): Promise<void> {
    const start = this.offset;
    await this.write(bytes);
    this.files.push({ path, offset: start, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }

  async addFile(path: BackupPath, file: string): Promise<void> {
    const hash = createHash('sha256');
    const start = this.offset;
    const input = await open(file, 'r');
    try {
      for (;;) {
        const { bytesRead } = await input.read(this.buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        const chunk = this.buffer.subarray(0, bytesRead);
        hash.update(chunk);
        await this.write(chunk);
      }
    } finally {
      await input.close();
    }
    this.files.push({ path, offset: start, size: this.offset - start, sha256: hash.digest('hex') });
  }

  /** The manifest, the trailer, then flushed to disk before the caller renames the file into place. */
  async finish(manifest: Buffer): Promise<void> {
    await this.write(manifest);
    await this.write(trailer(manifest.length));
    await this.out.sync();
  }
}

/**
 * A name no backup has and no running backup is writing (two in the same second get `-2`), with its temp
 * file created at once, before any other backup of this process can pick the same name.
 */
function claimName(dir: string, code: string | null, instant: Date, kind: BackupKind): { target: string; temp: string } {
  for (let n = 1; ; n++) {
    const target = join(dir, backupFileName(code, instant, kind, n));
    if (existsSync(target) || tempInUse(target)) continue;
    const temp = tempPathFor(target);
    writeFileSync(temp, Buffer.alloc(0), { flag: 'wx', mode: 0o600 });
    return { target, temp };
  }
}

/**
 * One backup file in `dir` (layout: backup-container.ts) holding a consistent snapshot of the database
 * (db-snapshot.ts), the key file without this PC's OS wrap, every evidence file the database refers to, and
 * last `cadangan.json` describing it all. Everything in it is already encrypted with the data key. Written
 * under a temp name, flushed and renamed.
 */
export async function writeBackup(source: BackupSource, dir: string, kind: BackupKind, report: BackupProgress = () => undefined): Promise<BackupSummary> {
  const keyFile = readKeyFile(source.dataDir);
  if (!keyFile) throw new Error('a backup needs the folder key file');
  ensureDir(dir);
  const createdAt = source.now();
  const code = selectKelurahanCode(source.db);
  const village = code ? await findVillage(code) : null;
  const evidence = selectEvidenceDigests(source.db).filter((sha) => existsSync(join(source.dataDir, 'lampiran', sha)));
  const total = evidence.length + 2;
  let manifest: BackupManifest;
  const { target, temp } = claimName(dir, code, createdAt, kind);
  try {
    report('Menyalin basis data', 0, total);
    const counts = selectBackupCounts(source.db);
    const out = await open(temp, 'r+');
    try {
      const container = new ContainerWriter(out);
      await container.write(MAGIC);
      await withDatabaseSnapshot(source, (file) => container.addFile(DB_FILE_NAME, file));
      await container.addBytes(KEY_FILE_NAME, Buffer.from(`${JSON.stringify({ ...keyFile, os: null }, null, 2)}\n`));
      for (const [i, sha] of evidence.entries()) {
        report('Menyalin lampiran', i + 1, total);
        await container.addFile(`lampiran/${sha}`, join(source.dataDir, 'lampiran', sha));
      }
      const unsigned: Omit<BackupManifest, 'mac'> = {
        format: 'muskel-cadangan',
        version: 1,
        createdAt: createdAt.toISOString(),
        kind,
        appVersion: APP_VERSION,
        schemaVersion: schemaVersion(source.db),
        kelurahan: code ? { code, name: village?.name ?? code } : null,
        counts,
        files: container.files,
        keyId: keyIdOf(source.dataKey),
      };
      manifest = { ...unsigned, mac: manifestMac(source.dataKey, unsigned) };
      report('Menyimpan berkas cadangan', total - 1, total);
      await container.finish(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    } finally {
      await out.close();
    }
    renameSync(temp, target);
    report('Selesai', total, total);
    return summaryOf(target, manifest, statSync(target).size);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function summaryOf(file: string, manifest: BackupManifest, size: number): BackupSummary {
  return {
    file,
    fileName: file.split(/[/\\]/).pop() ?? file,
    size,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    schemaVersion: manifest.schemaVersion,
    kelurahan: manifest.kelurahan,
    counts: manifest.counts,
  };
}
