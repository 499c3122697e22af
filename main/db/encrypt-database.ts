import { COPYFILE_EXCL } from 'node:constants';
import { copyFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * Writes an encrypted copy of a plaintext database: its WAL folded in, copied, then rekeyed in place
 * (SQLite3 Multiple Ciphers encrypts every page), checked, and set back to WAL. The original is untouched.
 */
export function encryptDatabaseCopy(plainFile: string, target: string, key: Buffer): void {
  const plain = new Database(plainFile);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    plain.close();
  }
  copyFileSync(plainFile, target, COPYFILE_EXCL);
  const db = new Database(target);
  try {
    // Rekeying needs a rollback journal; the app's WAL mode is set again once the pages are encrypted.
    db.pragma('journal_mode = DELETE');
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`rekey = "x'${key.toString('hex')}'"`);
    db.pragma('journal_mode = WAL');
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`encrypted copy failed its integrity check: ${String(check)}`);
  } catch (error) {
    db.close();
    rmSync(target, { force: true });
    throw error;
  }
  db.close();
}
