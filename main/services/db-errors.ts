import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from './app-error';

/** A foreign-key refusal from SQLite becomes the user's explanation; anything else passes through. */
export function referencedError(error: unknown, message: string): unknown {
  // ON DELETE RESTRICT reports SQLITE_CONSTRAINT_TRIGGER, deferred checks SQLITE_CONSTRAINT_FOREIGNKEY: the message is the same.
  if (error instanceof Database.SqliteError && error.message === 'FOREIGN KEY constraint failed') return new AppError('CONFLICT', message);
  return error;
}

/** The write lock stayed with another process (the app, a CLI command, a second server) past the busy timeout. */
export function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}

export const BUSY_MESSAGE = 'Folder data sedang ditulis oleh proses Muskel lain (aplikasi atau perintah muskel). Tunggu sebentar, lalu coba lagi; data tidak diubah.';

/** The lock triggers raise MEETING_LOCKED; the user hears why. */
export function isMeetingLocked(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.message === 'MEETING_LOCKED';
}
