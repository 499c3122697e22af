import Database from 'better-sqlite3';
import { AppError } from '../services/app-error';
import { MIGRATIONS } from './migrations/index';

export type Db = Database.Database;

export const DB_FILE_NAME = 'muskel.sqlite';

/** Opens (creating if needed) the database and brings its schema up to date in one transaction. */
export function openDb(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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

export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new AppError(
      'CONFLICT',
      `Basis data dibuat oleh versi Muskel yang lebih baru (skema ${current}, aplikasi ini mengenal sampai ${migrations.length}). Perbarui aplikasi Muskel; data tidak diubah.`,
    );
  }
  if (current === migrations.length) return;
  db.transaction(() => {
    for (let version = current + 1; version <= migrations.length; version++) {
      db.exec(migrations[version - 1] ?? '');
    }
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
