import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../services/app-error';
import { BUSY_MESSAGE } from '../../services/db-errors';

function errnoOf(error: unknown): { code: string; path: string; port: string } | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : '';
  const port = 'port' in error && typeof error.port === 'number' ? String(error.port) : '';
  return { code: error.code, path, port };
}

const ERRNO: Record<string, (path: string, port: string) => string> = {
  ENOENT: (path) => `${path || 'Berkas atau folder'} tidak ada.`,
  ENOTDIR: (path) => `${path || 'Jalur itu'} bukan folder (atau salah satu bagian jalurnya adalah berkas).`,
  EISDIR: (path) => `${path || 'Jalur itu'} adalah folder, padahal yang diminta berkas.`,
  EEXIST: (path) => `${path || 'Jalur itu'} sudah ada dan bukan folder.`,
  EACCES: (path) => `Tidak ada izin untuk membaca atau menulis ${path || 'berkas itu'}.`,
  EPERM: (path) => `Tidak ada izin untuk membaca atau menulis ${path || 'berkas itu'}.`,
  EROFS: (path) => `${path || 'Tujuan'} berada di media yang hanya dapat dibaca.`,
  ENOSPC: (path) => `Ruang disk habis saat menulis ${path || 'berkas'}.`,
  EADDRINUSE: (_path, port) => `Port ${port || 'itu'} sudah dipakai program lain. Pilih port lain dengan --port, atau --port 0 untuk port bebas.`,
};

const SQLITE: Record<string, string> = {
  SQLITE_NOTADB: 'Berkas muskel.sqlite di folder data rusak atau bukan basis data Muskel. Data tidak diubah; pulihkan dari cadangan.',
  SQLITE_CORRUPT: 'Basis data di folder data rusak. Data tidak diubah; pulihkan dari cadangan.',
  SQLITE_READONLY: 'Basis data di folder data hanya dapat dibaca (izin berkas atau media). Data tidak diubah.',
  SQLITE_CANTOPEN: 'Basis data di folder data tidak dapat dibuka (folder tidak ada atau tidak ada izin).',
  SQLITE_FULL: 'Ruang disk habis saat menulis basis data. Data tidak diubah.',
  SQLITE_BUSY: BUSY_MESSAGE,
};

/** One Indonesian line for a failure a user can cause (a wrong path, a busy port, a broken database); null for a defect. */
export function failureMessage(error: unknown): string | null {
  if (error instanceof AppError) return error.message;
  if (error instanceof Database.SqliteError) {
    const known = Object.entries(SQLITE).find(([code]) => error.code === code || error.code.startsWith(`${code}_`));
    return known?.[1] ?? null;
  }
  const errno = errnoOf(error);
  // Node refuses a path with a NUL byte (or of the wrong kind) before asking the file system.
  if (errno?.code === 'ERR_INVALID_ARG_VALUE' || errno?.code === 'ERR_INVALID_ARG_TYPE') return 'Nama berkas atau folder tidak sah.';
  const describe = errno ? ERRNO[errno.code] : undefined;
  return errno && describe ? describe(errno.path, errno.port) : null;
}
