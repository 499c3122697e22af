import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../services/app-error';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

export const DB_FILE_NAME = 'muskel.sqlite';

/** SQLCipher 4 page encryption (AES-256, HMAC-SHA512): the database and its WAL hold no plaintext page. */
export function useKey(db: Db, key: Buffer): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** A file SQLite can read without a key: a data folder from before encryption. */
export function isPlaintextDatabase(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === 'SQLite format 3\0';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Opens (creating if needed) the database, encrypted with `key` (32 bytes) unless it is null (an in-memory
 * database, or a plaintext one being encrypted), and brings its schema up to date in one transaction.
 */
export function openDb(file: string, key: Buffer | null): Db {
  const db = new Database(file);
  try {
    if (key) useKey(db, key);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Pages are decrypted as they enter the cache: a larger cache keeps a kelurahan's lists decrypted once.
    db.pragma('cache_size = -65536');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the last of `migrations` in one transaction: every step or none. A database whose
 * version is beyond the list was written by a newer Muskel and is refused untouched.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  const target = migrations.length;
  if (current > target) {
    throw new AppError(
      'CONFLICT',
      `Basis data dibuat oleh versi Muskel yang lebih baru (skema ${current}, aplikasi ini mengenal sampai ${target}). Perbarui aplikasi Muskel; data tidak diubah.`,
    );
  }
  if (current === target) return;
  db.transaction(() => {
    for (const step of migrations.slice(current)) {
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
    }
    db.pragma(`user_version = ${target}`);
  })();
}
