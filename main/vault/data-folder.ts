import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupSummary } from '../../shared/backup/schema';
import { automaticBackup, backupDirOf, dailyBackupIfDue, listBackups } from '../backup/backup-folder';
import { localStamp } from '../backup/backup-name';
import { finishInterruptedRestore, stageBackup, swapInStaged } from '../backup/restore';
import type { RestoreRequest } from '../backup/restore';
import { summaryOf } from '../backup/write-backup';
import { checkIntegrity, selectKelurahanCode } from '../db/backup-queries';
import { MIGRATIONS } from '../db/migrations/index';
import { fileErrorLog } from '../app/error-log';
import { closeContext, openContext } from '../app/open-context';
import type { ErrorReporter } from '../services/error-report';
import type { ContextOptions } from '../app/open-context';
import { encryptDatabaseCopy } from '../db/encrypt-database';
import { DB_FILE_NAME, isPlaintextDatabase, schemaVersion, useKey } from '../db/open';
import { clearInterruptedWork, tempPathFor } from '../app/temp-files';
import { encryptPlaintextEvidence } from '../services/evidence';
import { recordVaultEvent } from '../services/audit';
import { AppError } from '../services/app-error';
import type { DoorMode, ServiceContext } from '../services/context';
import { kdfCost, scryptKey } from './kdf';
import type { KeyFile } from './key-file';
import { keyFilePath, pendingKeyFilePath, readKeyFile, writeKeyFile } from './key-file';
import { unwrapKey, wrapKey } from './key-wrap';
import type { OsKeyStore } from './os-key-store';
import { newRecoveryCode, normaliseRecoveryCode, recoveryKek } from './recovery-code';
import { PASSPHRASE_LABEL, RECOVERY_LABEL, unwrapDataKey } from './unwrap-key';
import type { Unlock } from './unwrap-key';

export type VaultState = 'NEW' | 'PLAINTEXT' | 'LOCKED' | 'DAMAGED' | 'OPEN';

export const MIN_DB_PASSPHRASE = 10;

const DAMAGED_MESSAGE = 'Basis data di folder data rusak dan tidak dapat dibuka dengan aman. Data tidak diubah; pulihkan dari cadangan terbaru yang baik.';

function isUnreadableDatabase(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^SQLITE_(NOTADB|CORRUPT)/.test(error.code);
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_DB_PASSPHRASE) {
    throw new AppError('INVALID_INPUT', `Frasa sandi folder data paling sedikit ${String(MIN_DB_PASSPHRASE)} karakter`, 'passphrase');
  }
}

/** Wraps the data key by the passphrase and by a new recovery code; the OS key store wrap is kept as it was. */
async function keyFileFor(dataKey: Buffer, passphrase: string, os: KeyFile['os']): Promise<{ file: KeyFile; recoveryCode: string }> {
  const salt = randomBytes(16);
  const params = kdfCost();
  const recoveryCode = newRecoveryCode();
  const recoverySalt = randomBytes(16);
  const file: KeyFile = {
    format: 'muskel-kunci-data',
    version: 1,
    passphrase: { ...wrapKey(dataKey, await scryptKey(passphrase, salt, params), PASSPHRASE_LABEL), salt: salt.toString('base64'), ...params },
    recovery: { ...wrapKey(dataKey, recoveryKek(normaliseRecoveryCode(recoveryCode) ?? '', recoverySalt), RECOVERY_LABEL), salt: recoverySalt.toString('base64') },
    os,
  };
  return { file, recoveryCode };
}

/** A crash while an old folder was being encrypted: finish the swap if the database was replaced, else undo. */
function finishInterruptedEncryption(dataDir: string): void {
  const pending = pendingKeyFilePath(dataDir);
  if (!existsSync(pending)) return;
  if (isPlaintextDatabase(join(dataDir, DB_FILE_NAME))) rmSync(pending, { force: true });
  else renameSync(pending, keyFilePath(dataDir));
}

/**
 * A data folder and the lock on it. It starts locked (or new, or still plaintext); the services' context
 * exists only once the data key has been unwrapped by the passphrase, the recovery code or the OS key store.
 */
export class DataFolder {
  private ctx: ServiceContext | null = null;
  /** Set when the database failed its start-up check; cleared by a restore. */
  private damage: string | null = null;
  /** The key that was unwrapped before the damage showed: the folder's own backups then restore without asking again. */
  private damagedKey: Buffer | null = null;
  /** The clock the folder's own work reads (backups before a migration or a restore); the services get the same one. */
  private readonly now: () => Date;
  /** Failures before the folder is open still reach its error log (which holds no personal data). */
  readonly errors: ErrorReporter;

  constructor(
    readonly dataDir: string,
    readonly mode: DoorMode,
    private readonly options: ContextOptions & { osKeyStore?: OsKeyStore } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.errors = fileErrorLog(dataDir, this.now);
    finishInterruptedEncryption(dataDir);
    finishInterruptedRestore(dataDir);
    clearInterruptedWork(dataDir);
  }

  state(): VaultState {
    if (this.ctx) return 'OPEN';
    if (this.damage) return 'DAMAGED';
    const dbFile = join(this.dataDir, DB_FILE_NAME);
    if (readKeyFile(this.dataDir)) return 'LOCKED';
    if (isPlaintextDatabase(dbFile)) return 'PLAINTEXT';
    // An encrypted database without its key file stays locked: unlocking then says what is missing.
    return existsSync(dbFile) ? 'LOCKED' : 'NEW';
  }

  /** Why the database is refused (state DAMAGED), or null. */
  damaged(): string | null {
    return this.damage;
  }

  /** The services' context; null while the folder is locked. */
  context(): ServiceContext | null {
    return this.ctx;
  }

  osKeyStoreAvailable(): boolean {
    return this.options.osKeyStore?.available() ?? false;
  }

  rememberedOnThisComputer(): boolean {
    return this.osKeyStoreAvailable() && (readKeyFile(this.dataDir)?.os ?? null) !== null;
  }

  /** A new folder: a random data key, wrapped by the passphrase and a recovery code shown once. */
  async setup(passphrase: string, remember: boolean): Promise<{ recoveryCode: string }> {
    if (this.state() !== 'NEW') throw new AppError('CONFLICT', 'Folder data ini sudah disiapkan; buka dengan frasa sandinya.');
    checkPassphrase(passphrase);
    if (existsSync(join(this.dataDir, DB_FILE_NAME))) throw new AppError('CONFLICT', 'Folder data berisi basis data yang tidak dikenal; folder tidak diubah.');
    const dataKey = randomBytes(32);
    const { file, recoveryCode } = await keyFileFor(dataKey, passphrase, remember ? this.sealForOs(dataKey) : null);
    writeKeyFile(this.dataDir, file);
    await this.open(dataKey);
    recordVaultEvent(this.requireOpen(), 'Folder data baru dienkripsi');
    return { recoveryCode };
  }

  async unlock(secret: Unlock): Promise<void> {
    if (this.ctx) return;
    await this.open(await unwrapDataKey(this.requireKeyFile(), secret));
    await this.afterOpen();
  }

  /** Opens silently where the operator chose it and the OS key store still has the key; false otherwise. */
  async unlockWithOsKeyStore(): Promise<boolean> {
    const sealed = readKeyFile(this.dataDir)?.os?.sealed;
    const store = this.options.osKeyStore;
    if (this.ctx || !sealed || !store?.available()) return this.ctx !== null;
    let dataKey: Buffer;
    try {
      dataKey = store.open(Buffer.from(sealed, 'base64'));
    } catch {
      return false;
    }
    await this.open(dataKey);
    await this.afterOpen();
    return true;
  }

  /**
   * An existing plaintext folder, on the operator's explicit and audited choice: an encrypted copy of the
   * database is made and checked, the key file is written under a pending name, the copy replaces the
   * original, the key file takes its name, then the evidence files are encrypted one by one. A crash at any
   * point leaves either the old folder or the new one usable (finishInterruptedEncryption decides at start).
   */
  async encryptExisting(passphrase: string, remember: boolean): Promise<{ recoveryCode: string }> {
    if (this.state() !== 'PLAINTEXT') throw new AppError('CONFLICT', 'Folder data ini tidak berisi data lama yang belum dienkripsi.');
    checkPassphrase(passphrase);
    const dbFile = join(this.dataDir, DB_FILE_NAME);
    const dataKey = randomBytes(32);
    const copy = tempPathFor(dbFile);
    encryptDatabaseCopy(dbFile, copy, dataKey);
    const { file, recoveryCode } = await keyFileFor(dataKey, passphrase, remember ? this.sealForOs(dataKey) : null);
    writeKeyFile(this.dataDir, file, pendingKeyFilePath(this.dataDir));
    for (const suffix of ['-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
    renameSync(copy, dbFile);
    renameSync(pendingKeyFilePath(this.dataDir), keyFilePath(this.dataDir));
    await this.open(dataKey);
    recordVaultEvent(this.requireOpen(), 'Folder data lama dienkripsi');
    // The old evidence is encrypted next, then the first backup of the encrypted folder is taken.
    await this.afterOpen();
    return { recoveryCode };
  }

  /** A new passphrase (and a new recovery code): the data key is rewrapped; nothing is re-encrypted. */
  async changePassphrase(current: string, next: string): Promise<{ recoveryCode: string }> {
    const ctx = this.requireOpen();
    checkPassphrase(next);
    const file = this.requireKeyFile();
    const { salt, N, r, p } = file.passphrase;
    if (!unwrapKey(file.passphrase, await scryptKey(current, Buffer.from(salt, 'base64'), { N, r, p }), PASSPHRASE_LABEL)) {
      throw new AppError('INVALID_INPUT', 'Frasa sandi lama salah. Tidak ada yang diubah.', 'current');
    }
    const rewrapped = await keyFileFor(ctx.dataKey, next, file.os);
    writeKeyFile(this.dataDir, rewrapped.file);
    recordVaultEvent(ctx, 'Frasa sandi folder data diganti; kode pemulihan baru');
    return { recoveryCode: rewrapped.recoveryCode };
  }

  /** Keep, or forget, the key in the OS key store of this computer. */
  rememberOnThisComputer(remember: boolean): void {
    const ctx = this.requireOpen();
    if (remember && !this.osKeyStoreAvailable()) throw new AppError('NOT_CONFIGURED', 'Penyimpan kunci sistem operasi tidak tersedia di sini.');
    writeKeyFile(this.dataDir, { ...this.requireKeyFile(), os: remember ? this.sealForOs(ctx.dataKey) : null });
    recordVaultEvent(ctx, remember ? 'Kunci disimpan di penyimpan kunci komputer ini' : 'Kunci dihapus dari penyimpan kunci komputer ini');
  }

  async close(): Promise<void> {
    const ctx = this.ctx;
    this.ctx = null;
    if (ctx) await closeContext(ctx);
  }

  /** The backups in the folder's own cadangan/, or in another folder (a flash disk), newest first. */
  backups(dir?: string): BackupSummary[] {
    return listBackups(dir ?? backupDirOf(this.dataDir));
  }

  /**
   * Restores a backup: it is verified completely first (nothing is touched if it fails), the open data is
   * kept as a backup (or, when it cannot be opened, moved aside whole into cadangan/), then the backup's
   * database, key file and evidence are swapped in and the folder opens with the backup's key.
   */
  async restore(request: RestoreRequest): Promise<BackupSummary> {
    const ctx = this.ctx;
    const staged = await stageBackup(this.dataDir, { key: ctx?.dataKey ?? this.damagedKey, kelurahanCode: ctx ? selectKelurahanCode(ctx.db) : null }, request);
    try {
      if (ctx) await automaticBackup(ctx, 'SEBELUM_PEMULIHAN');
      // The same folder's own backup keeps this PC's OS key store wrap; a foreign key never gets it silently.
      const os = readKeyFile(this.dataDir)?.os ?? null;
      const restoredKeyFile = readKeyFile(staged.staging);
      if (os && restoredKeyFile && ctx?.dataKey.equals(staged.dataKey)) writeKeyFile(staged.staging, { ...restoredKeyFile, os });
      await this.close();
      const aside = join(backupDirOf(this.dataDir), `sebelum-pemulihan-${localStamp(staged.manifest.kelurahan?.code ?? null, this.now())}-${String(process.pid)}`);
      swapInStaged(this.dataDir, staged.staging, aside);
      if (ctx) rmSync(aside, { recursive: true, force: true });
    } finally {
      rmSync(staged.staging, { recursive: true, force: true });
    }
    this.damage = null;
    this.damagedKey = null;
    await this.open(staged.dataKey);
    const opened = this.requireOpen();
    recordVaultEvent(opened, `Dipulihkan dari cadangan ${basename(request.file)} (dibuat ${staged.manifest.createdAt})`);
    return summaryOf(request.file, staged.manifest, statSync(request.file).size);
  }

  /**
   * Opens the database with its key: a schema migration is preceded by a backup of the old schema, and a
   * database that fails SQLite's quick check (or cannot be read at all) is not opened: the folder turns
   * DAMAGED and offers a restore, instead of failing on every screen.
   */
  private async open(dataKey: Buffer): Promise<void> {
    const dbFile = join(this.dataDir, DB_FILE_NAME);
    let ctx: ServiceContext;
    try {
      await this.backupBeforeMigration(dbFile, dataKey);
      ctx = openContext(this.dataDir, this.mode, dataKey, this.options);
    } catch (error) {
      if (isUnreadableDatabase(error)) throw this.markDamaged(dataKey);
      throw error;
    }
    let problems: string[];
    try {
      problems = checkIntegrity(ctx.db, false);
    } catch (error) {
      if (!isUnreadableDatabase(error)) throw error;
      problems = ['unreadable'];
    }
    if (problems.length > 0) {
      await closeContext(ctx);
      throw this.markDamaged(dataKey);
    }
    this.ctx = ctx;
  }

  private markDamaged(dataKey: Buffer): AppError {
    this.damage = DAMAGED_MESSAGE;
    this.damagedKey = dataKey;
    return new AppError('DAMAGED', DAMAGED_MESSAGE);
  }

  private async backupBeforeMigration(dbFile: string, dataKey: Buffer): Promise<void> {
    if (!existsSync(dbFile)) return;
    const db = new Database(dbFile);
    try {
      useKey(db, dataKey);
      const version = schemaVersion(db);
      if (version === 0 || version >= MIGRATIONS.length) return;
      await automaticBackup({ db, dataDir: this.dataDir, dataKey, now: this.now }, 'SEBELUM_MIGRASI');
    } finally {
      db.close();
    }
  }

  /** Old plaintext evidence is encrypted; the day's first open starts the daily backup, which the app does not wait for. */
  private async afterOpen(): Promise<void> {
    const ctx = this.requireOpen();
    await encryptPlaintextEvidence(ctx);
    ctx.backups.inBackground(ctx, 'cadangan harian', dailyBackupIfDue(ctx));
  }


  private sealForOs(dataKey: Buffer): KeyFile['os'] {
    const store = this.options.osKeyStore;
    if (!store?.available()) return null;
    return { sealed: store.seal(dataKey).toString('base64') };
  }

  private requireKeyFile(): KeyFile {
    const file = readKeyFile(this.dataDir);
    if (file) return file;
    if (existsSync(join(this.dataDir, DB_FILE_NAME))) {
      throw new AppError('NOT_CONFIGURED', 'Berkas kunci-data.json tidak ada di folder data: tanpa berkas itu basis data tidak dapat dibuka. Kembalikan berkas itu, atau pulihkan dari cadangan. Data tidak diubah.');
    }
    throw new AppError('NOT_CONFIGURED', 'Folder data belum disiapkan: buat frasa sandinya terlebih dahulu.');
  }

  private requireOpen(): ServiceContext {
    if (!this.ctx) throw new AppError('NOT_CONFIGURED', 'Buka kunci folder data terlebih dahulu.');
    return this.ctx;
  }
}
