import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../services/app-error';
import { ensureDir } from './ensure-dir';

/** Same folder Electron would use as userData for an app named "Muskel". */
export function defaultDataDir(): string {
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Muskel');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Muskel');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Muskel');
  }
}

/** --data-dir beats MUSKEL_DATA_DIR beats the platform default. A blank one is refused: it would name a folder of spaces. */
export function dataDirPath(flag: string | undefined, fallback: () => string = defaultDataDir): string {
  const given = flag ?? process.env.MUSKEL_DATA_DIR;
  if (given !== undefined && given.trim() === '') {
    throw new AppError('INVALID_INPUT', `${flag === undefined ? 'MUSKEL_DATA_DIR' : '--data-dir'} kosong: isi dengan jalur folder data.`, 'dataDir');
  }
  return resolve(given ?? fallback());
}

/** Makes the data folder (private to the OS user) where it does not exist yet. */
export function prepareDataDir(dir: string): string {
  try {
    ensureDir(dir);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why = code === 'ENOTDIR' ? 'jalur itu (atau bagiannya) adalah berkas, bukan folder' : code === 'EACCES' || code === 'EPERM' ? 'tidak ada izin' : 'folder tidak dapat dibuat di sana';
    throw new AppError('INVALID_INPUT', `Folder data ${dir} tidak dapat dipakai: ${why}.`);
  }
  return dir;
}

export function resolveDataDir(flag: string | undefined, fallback: () => string = defaultDataDir): string {
  return prepareDataDir(dataDirPath(flag, fallback));
}
