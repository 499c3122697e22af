import { CliFailure } from './cli-command';
import { readSmallFile } from './read-small-file';

export const PASSPHRASE_HELP = 'Frasa sandi kunci dibaca dari --passphrase-file FILE atau variabel MUSKEL_PASSPHRASE.';

/** The key passphrase from --passphrase-file or MUSKEL_PASSPHRASE, never from the command line itself; with neither, exit 2. */
export function requirePassphrase(file: string | undefined): string {
  const passphrase = file ? readSmallFile(file, 'Berkas frasa sandi', 4096).replace(/\r?\n$/, '') : process.env.MUSKEL_PASSPHRASE;
  if (!passphrase) throw new CliFailure(PASSPHRASE_HELP, 2);
  return passphrase;
}
