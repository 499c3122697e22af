import { readSmallFile } from './read-small-file';

/** The signing passphrase from --passphrase-file or MUSKEL_PASSPHRASE; never from the command line itself. */
export function readPassphrase(file: string | undefined): string | null {
  if (file) return readSmallFile(file, 'Berkas frasa sandi', 4096).replace(/\r?\n$/, '');
  return process.env.MUSKEL_PASSPHRASE ?? null;
}

export const PASSPHRASE_HELP = 'Frasa sandi kunci dibaca dari --passphrase-file FILE atau variabel MUSKEL_PASSPHRASE.';
