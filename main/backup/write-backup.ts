import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { BackupKind, BackupManifest, BackupSummary } from '../../shared/backup/schema';
import { APP_VERSION } from '../api/version';
import { ensureDir } from '../app/ensure-dir';
import { tempPathFor, workDirIn } from '../app/temp-files';
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

const CHUNK = 1024 * 1024;

/** Appends files to the backup as they stream past, recording where each starts, its size and its SHA-256. */
class ContainerWriter {
  private offset = 0;
  readonly files: BackupManifest['files'] = [];

  constructor(private readonly out: WriteStream) {}

  async write(bytes: Buffer): Promise<void> {
    if (!this.out.write(bytes)) await once(this.out, 'drain');
    this.offset += bytes.length;
  }

  async add(path: BackupManifest['files'][number]['path'], source: Readable | Buffer): Promise<void> {
    const hash = createHash('sha256');
    const start = this.offset;
    for await (const chunk of Buffer.isBuffer(source) ? [source] : source) {
      hash.update(chunk as Buffer);
      await this.write(chunk as Buffer);
    }
    this.files.push({ path, offset: start, size: this.offset - start, sha256: hash.digest('hex') });
  }

  /** The manifest, the trailer, then flushed to disk before the caller renames the file into place. */
  async finish(manifest: Buffer): Promise<void> {
    await this.write(manifest);
    await this.write(trailer(manifest.length));
    await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const fd = openSync(this.out.path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

function freeName(dir: string, code: string | null, instant: Date, kind: BackupKind): string {
  for (let n = 1; ; n++) {
    const name = backupFileName(code, instant, kind, n);
    if (!existsSync(join(dir, name))) return join(dir, name);
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
  const work = workDirIn(source.dataDir);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  const target = freeName(dir, code, createdAt, kind);
  const temp = tempPathFor(target);
  try {
    report('Menyalin basis data', 0, total);
    const counts = selectBackupCounts(source.db);
    const out = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    const container = new ContainerWriter(out);
    const step = <T>(work: Promise<T>) => Promise.race([work, failed]);
    await step(container.write(MAGIC));
    await withDatabaseSnapshot(source, work, (file) => step(container.add(DB_FILE_NAME, createReadStream(file, { highWaterMark: CHUNK }))));
    await step(container.add(KEY_FILE_NAME, Buffer.from(`${JSON.stringify({ ...keyFile, os: null }, null, 2)}\n`)));
    for (const [i, sha] of evidence.entries()) {
      report('Menyalin lampiran', i + 1, total);
      await step(container.add(`lampiran/${sha}`, createReadStream(join(source.dataDir, 'lampiran', sha), { highWaterMark: CHUNK })));
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
    const manifest: BackupManifest = { ...unsigned, mac: manifestMac(source.dataKey, unsigned) };
    await step(container.finish(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)));
    report('Menyimpan berkas cadangan', total - 1, total);
    renameSync(temp, target);
    report('Selesai', total, total);
    return summaryOf(target, manifest, statSync(target).size);
  } finally {
    rmSync(temp, { force: true });
    rmSync(work, { recursive: true, force: true });
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
