import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../services/app-error';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Makes a folder (and missing parents) private to the OS user. Node's own recursive mkdir loops forever on
 * paths such as /proc/foo; this walks up once and lets the first real error (ENOENT, EACCES, ENOTDIR) through.
 */
export function ensureDir(dir: string): void {
  const stat = statOrNull(dir);
  if (stat) {
    if (!stat.isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR', path: dir });
    return;
  }
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  mkdirSync(dir, { mode: 0o700 });
}

/** A folder a file is about to be written into: it must exist, be a folder and be writable, or the user hears which. */
export function requireWritableFolder(dir: string, label: string): void {
  const stat = statOrNull(dir);
  if (!stat) throw new AppError('INVALID_INPUT', `${label} ${dir} tidak ada.`);
  if (!stat.isDirectory()) throw new AppError('INVALID_INPUT', `${label} ${dir} bukan folder.`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new AppError('INVALID_INPUT', `${label} ${dir} tidak dapat ditulisi (tidak ada izin atau media hanya-baca).`);
  }
}
