import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupManifest } from '../../shared/backup/schema';
import { writeFileAtomic } from '../app/atomic-write';
import { workDirIn } from '../app/temp-files';
import { checkIntegrity, foreignKeyProblems, selectBackupCounts } from '../db/backup-queries';
import { MIGRATIONS } from '../db/migrations/index';
import { DB_FILE_NAME, openDb } from '../db/open';
import { AppError } from '../services/app-error';
import { verifyAudit } from '../services/audit';
import { decryptedDigest } from '../vault/encrypted-digest';
import { KEY_FILE_NAME, KeyFileSchema } from '../vault/key-file';
import type { KeyFile } from '../vault/key-file';
import { unwrapDataKey } from '../vault/unwrap-key';
import type { Unlock } from '../vault/unwrap-key';
import { keyIdOf, manifestMacValid } from './manifest-mac';
import { BackupReader } from './read-backup';

export interface RestoreRequest {
  file: string;
  /** Needed when the backup was made with another data key than the open folder's (another PC, a new folder). */
  secret: Unlock | null;
  confirmOtherKelurahan: boolean;
}

export interface StagedRestore {
  staging: string;
  dataKey: Buffer;
  manifest: BackupManifest;
}

const JOURNAL_NAME = 'pemulihan.json';
const SWAPPED = [`${DB_FILE_NAME}-wal`, `${DB_FILE_NAME}-shm`, DB_FILE_NAME, KEY_FILE_NAME, 'lampiran'] as const;
const JournalSchema = z.object({ staging: z.string(), aside: z.string() });

function refused(message: string, field?: string): AppError {
  return new AppError('INVALID_INPUT', `Cadangan ditolak: ${message}. Data di komputer ini tidak diubah.`, field);
}

async function backupKey(reader: BackupReader, currentKey: Buffer | null, secret: Unlock | null): Promise<Buffer> {
  const { manifest } = reader;
  if (currentKey && keyIdOf(currentKey) === manifest.keyId) return currentKey;
  if (!secret) {
    throw new AppError('INVALID_INPUT', 'Cadangan ini dikunci dengan kunci folder data lain. Masukkan frasa sandi atau kode pemulihan folder data asal cadangan ini.', 'secret');
  }
  let keyFile: KeyFile;
  try {
    keyFile = KeyFileSchema.parse(JSON.parse((await reader.readSmall(KEY_FILE_NAME)).toString('utf8')));
  } catch {
    throw refused(`${KEY_FILE_NAME} di dalam cadangan rusak`);
  }
  const key = await unwrapDataKey(keyFile, secret);
  if (keyIdOf(key) !== manifest.keyId) throw refused('kunci di dalam cadangan bukan kunci yang tercatat di cadangan.json');
  return key;
}

async function evidenceProblem(file: string, key: Buffer, sha256: string): Promise<string | null> {
  const digest = await decryptedDigest(file, key);
  if (digest === null) return `lampiran ${sha256.slice(0, 12)}… tidak dapat dibuka dengan kuncinya`;
  return digest === sha256 ? null : `lampiran ${sha256.slice(0, 12)}… isinya tidak cocok dengan namanya`;
}

/** Opens the staged copy as the app will (migrating an older schema) and checks everything a doctor would. */
async function checkStaged(staging: string, key: Buffer, manifest: BackupManifest): Promise<string[]> {
  let db;
  try {
    db = openDb(join(staging, DB_FILE_NAME), key);
  } catch {
    return ['basis data di dalam cadangan tidak dapat dibuka dengan kuncinya'];
  }
  const problems: string[] = [];
  try {
    problems.push(...checkIntegrity(db, true).slice(0, 5));
    if (foreignKeyProblems(db).length > 0) problems.push('ada baris yang merujuk ke baris yang tidak ada (foreign key)');
    const audit = verifyAudit({ db });
    if (!audit.ok && audit.problem) problems.push(audit.problem);
    const counts = selectBackupCounts(db);
    if (JSON.stringify(counts) !== JSON.stringify(manifest.counts)) problems.push('jumlah keluarga, anggota, musyawarah atau lampiran tidak sama dengan yang tercatat');
  } finally {
    db.close();
  }
  for (const entry of manifest.files) {
    if (!entry.path.startsWith('lampiran/')) continue;
    const problem = await evidenceProblem(join(staging, ...entry.path.split('/')), key, entry.path.slice('lampiran/'.length));
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * Verifies a backup completely without touching the data folder: its manifest and key, the kelurahan, the
 * schema, every file's digest, the database's integrity and audit chain, every evidence file. What passes
 * waits in a staging folder (sementara/, removed at start-up if the process dies) for swapInStaged.
 */
export async function stageBackup(
  dataDir: string,
  current: { key: Buffer | null; kelurahanCode: string | null },
  request: RestoreRequest,
  report: (done: number, total: number) => void = () => undefined,
): Promise<StagedRestore> {
  const reader = BackupReader.open(request.file);
  const { manifest } = reader;
  if (manifest.schemaVersion > MIGRATIONS.length) {
    throw new AppError('CONFLICT', `Cadangan dibuat oleh versi Muskel yang lebih baru (skema ${manifest.schemaVersion}, aplikasi ini mengenal sampai ${MIGRATIONS.length}). Perbarui aplikasi Muskel terlebih dahulu; data tidak diubah.`);
  }
  const dataKey = await backupKey(reader, current.key, request.secret);
  if (!manifestMacValid(dataKey, manifest)) throw refused('keterangan cadangan (cadangan.json) telah diubah');
  const theirs = manifest.kelurahan;
  if (current.kelurahanCode && theirs && theirs.code !== current.kelurahanCode && !request.confirmOtherKelurahan) {
    throw new AppError('CONFLICT', `Cadangan ini milik Kelurahan ${theirs.name} (${theirs.code}), bukan kelurahan folder data ini (${current.kelurahanCode}). Pulihkan hanya bila memang disengaja, dengan konfirmasi.`, 'confirmOtherKelurahan');
  }
  const staging = workDirIn(dataDir);
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    await reader.extractTo(staging, report);
    // A backup without evidence still replaces the folder's lampiran/, so nothing of the old data stays behind.
    mkdirSync(join(staging, 'lampiran'), { recursive: true, mode: 0o700 });
    const problems = await checkStaged(staging, dataKey, manifest);
    if (problems.length > 0) throw refused(`isinya tidak utuh (${problems.slice(0, 3).join('; ')})`);
    return { staging, dataKey, manifest };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Moves the current database, key file and evidence aside and the staged ones in. A journal written first
 * makes the swap finish at the next start if the process dies halfway (finishInterruptedRestore).
 */
export function swapInStaged(dataDir: string, staging: string, aside: string): void {
  writeFileAtomic(join(dataDir, JOURNAL_NAME), JSON.stringify({ staging, aside }));
  finishInterruptedRestore(dataDir);
}

/** Each step is skipped when already done, so running this again after a crash completes the same swap. */
export function finishInterruptedRestore(dataDir: string): void {
  const journalFile = join(dataDir, JOURNAL_NAME);
  if (!existsSync(journalFile)) return;
  const journal = JournalSchema.safeParse(JSON.parse(readFileSync(journalFile, 'utf8')));
  if (journal.success && existsSync(journal.data.staging)) {
    const { staging, aside } = journal.data;
    mkdirSync(aside, { recursive: true, mode: 0o700 });
    const pending = existsSync(join(staging, DB_FILE_NAME));
    for (const name of SWAPPED) {
      const staged = join(staging, name);
      const live = join(dataDir, name);
      const isWal = name !== DB_FILE_NAME && name.startsWith(DB_FILE_NAME);
      // A WAL or SHM beside the old database must never meet the restored one.
      if (isWal && pending && existsSync(live)) renameSync(live, join(aside, name));
      if (isWal || !existsSync(staged)) continue;
      if (existsSync(live)) renameSync(live, join(aside, name));
      renameSync(staged, live);
    }
  }
  rmSync(journalFile, { force: true });
}
