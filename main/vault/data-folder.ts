import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileErrorLog } from '../app/error-log';
import { closeContext, openContext } from '../app/open-context';
import type { ErrorReporter } from '../services/error-report';
import type { ContextOptions } from '../app/open-context';
import { encryptDatabaseCopy } from '../db/encrypt-database';
import { DB_FILE_NAME, isPlaintextDatabase } from '../db/open';
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

export type VaultState = 'NEW' | 'PLAINTEXT' | 'LOCKED' | 'OPEN';

export const MIN_DB_PASSPHRASE = 10;
const PASSPHRASE_LABEL = 'muskel kunci data: frasa sandi';
const RECOVERY_LABEL = 'muskel kunci data: kode pemulihan';

export type Unlock = { passphrase: string } | { recoveryCode: string };

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
  /** Failures before the folder is open still reach its error log (which holds no personal data). */
  readonly errors: ErrorReporter;

  constructor(
    readonly dataDir: string,
    readonly mode: DoorMode,
    private readonly options: ContextOptions & { osKeyStore?: OsKeyStore } = {},
  ) {
    this.errors = fileErrorLog(dataDir, options.now);
    finishInterruptedEncryption(dataDir);
    clearInterruptedWork(dataDir);
  }

  state(): VaultState {
    if (this.ctx) return 'OPEN';
    const dbFile = join(this.dataDir, DB_FILE_NAME);
    if (readKeyFile(this.dataDir)) return 'LOCKED';
    if (isPlaintextDatabase(dbFile)) return 'PLAINTEXT';
    // An encrypted database without its key file stays locked: unlocking then says what is missing.
    return existsSync(dbFile) ? 'LOCKED' : 'NEW';
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
    this.open(dataKey);
    recordVaultEvent(this.requireOpen(), 'Folder data baru dienkripsi');
    return { recoveryCode };
  }

  async unlock(secret: Unlock): Promise<void> {
    if (this.ctx) return;
    const file = this.requireKeyFile();
    let dataKey: Buffer | null;
    if ('passphrase' in secret) {
      const { salt, N, r, p } = file.passphrase;
      dataKey = unwrapKey(file.passphrase, await scryptKey(secret.passphrase, Buffer.from(salt, 'base64'), { N, r, p }), PASSPHRASE_LABEL);
      if (!dataKey) throw new AppError('INVALID_INPUT', 'Frasa sandi folder data salah. Data tidak diubah.', 'passphrase');
    } else {
      const code = normaliseRecoveryCode(secret.recoveryCode);
      dataKey = code ? unwrapKey(file.recovery, recoveryKek(code, Buffer.from(file.recovery.salt, 'base64')), RECOVERY_LABEL) : null;
      if (!dataKey) throw new AppError('INVALID_INPUT', 'Kode pemulihan salah. Periksa lagi kertas kode pemulihan; data tidak diubah.', 'recoveryCode');
    }
    this.open(dataKey);
    await encryptPlaintextEvidence(this.requireOpen());
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
    this.open(dataKey);
    await encryptPlaintextEvidence(this.requireOpen());
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
    this.open(dataKey);
    const ctx = this.requireOpen();
    await encryptPlaintextEvidence(ctx);
    recordVaultEvent(ctx, 'Folder data lama dienkripsi');
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

  private open(dataKey: Buffer): void {
    try {
      this.ctx = openContext(this.dataDir, this.mode, dataKey, this.options);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
        throw new AppError('CONFLICT', 'Basis data tidak dapat dibuka dengan kunci folder ini: berkas muskel.sqlite rusak, atau berasal dari folder lain. Data tidak diubah; pulihkan dari cadangan.');
      }
      throw error;
    }
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
