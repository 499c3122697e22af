import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ZipStream from 'zip-stream';
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
import { MANIFEST_NAME } from './read-backup';

export type BackupSource = Pick<ServiceContext, 'db' | 'dataDir' | 'dataKey' | 'now'>;
export type BackupProgress = (step: string, done: number, total: number) => void;

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** Adds one entry to the zip and answers its size and SHA-256, read as it streams past. */
function addEntry(zip: ZipStream, name: string, source: Readable | Buffer): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  if (Buffer.isBuffer(source)) {
    hash.update(source);
    size = source.length;
  } else {
    source.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
  }
  return new Promise((resolve, reject) => {
    zip.entry(source, { name, store: true, date: FIXED_DATE, mode: 0o600 }, (error) => {
      if (error) reject(error);
      else resolve({ size, sha256: hash.digest('hex') });
    });
  });
}

function freeName(dir: string, code: string | null, instant: Date, kind: BackupKind): string {
  for (let n = 1; ; n++) {
    const name = backupFileName(code, instant, kind, n);
    if (!existsSync(join(dir, name))) return join(dir, name);
  }
}

/**
 * One backup file in `dir`: a zip (stored, not compressed: everything in it is already encrypted) holding a
 * consistent snapshot of the database (db-snapshot.ts), the key file without this PC's OS wrap, every evidence file the database
 * refers to, and last `cadangan.json` describing it all. Written under a temp name and renamed.
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
    const zip = new ZipStream({ zlib: { level: 0 } });
    const written = pipeline(zip, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
    // A failing disk ends the pipeline early; an entry then never completes, so each waits on both.
    const broken = written.then(() => Promise.reject(new Error('backup zip ended early')));
    broken.catch(() => undefined);
    const add = (name: string, from: Readable | Buffer) => Promise.race([addEntry(zip, name, from), broken]);
    const files: BackupManifest['files'] = [];
    files.push({ path: DB_FILE_NAME, ...(await withDatabaseSnapshot(source, work, (file) => add(DB_FILE_NAME, createReadStream(file)))) });
    files.push({ path: KEY_FILE_NAME, ...(await add(KEY_FILE_NAME, Buffer.from(`${JSON.stringify({ ...keyFile, os: null }, null, 2)}\n`))) });
    for (const [i, sha] of evidence.entries()) {
      report('Menyalin lampiran', i + 1, total);
      const path = `lampiran/${sha}`;
      files.push({ path, ...(await add(path, createReadStream(join(source.dataDir, 'lampiran', sha)))) });
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
      files,
      keyId: keyIdOf(source.dataKey),
    };
    const manifest: BackupManifest = { ...unsigned, mac: manifestMac(source.dataKey, unsigned) };
    await add(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    zip.finalize();
    await written;
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
