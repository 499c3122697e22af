import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { workDirIn } from '../app/temp-files';
import { vacuumInto } from '../db/backup-queries';
import { DB_FILE_NAME, useKey } from '../db/open';
import type { BackupSource } from './write-backup';

function walIsEmpty(dbFile: string): boolean {
  try {
    return statSync(`${dbFile}-wal`).size === 0;
  } catch {
    return true;
  }
}

/**
 * Hands `use` a file holding a consistent copy of the (encrypted) database. Usually that is the live file
 * itself: after a checkpoint empties the WAL, a read transaction on a second connection pins SQLite's read
 * slot 0, and no checkpoint may write into the file until it ends, while the app keeps writing to the WAL.
 * When another process keeps the WAL busy, it falls back to VACUUM INTO a copy in a scratch folder of sementara/.
 */
export async function withDatabaseSnapshot<T>(source: BackupSource, use: (file: string) => Promise<T>): Promise<T> {
  const dbFile = join(source.dataDir, DB_FILE_NAME);
  source.db.pragma('wal_checkpoint(TRUNCATE)');
  const reader = new Database(dbFile, { readonly: true });
  try {
    useKey(reader, source.dataKey);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sqlite_master').get();
    if (walIsEmpty(dbFile)) return await use(dbFile);
    reader.exec('COMMIT');
    const work = workDirIn(source.dataDir);
    try {
      mkdirSync(work, { recursive: true, mode: 0o700 });
      const copy = join(work, DB_FILE_NAME);
      vacuumInto(source.db, copy);
      return await use(copy);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  }
}
