import type { DataFolder } from '../../vault/data-folder';
import { CliFailure } from './cli-command';
import { promptHidden } from './prompt';

export const DB_PASSPHRASE_HELP = 'Frasa sandi folder data dibaca dari variabel MUSKEL_DB_PASSPHRASE, atau ditanyakan bila perintah dijalankan di terminal.';

/** Whether a passphrase can be had: from MUSKEL_DB_PASSPHRASE, or by asking on a terminal. */
export function passphraseAvailable(): boolean {
  // Typed boolean, but undefined when stdin is not a terminal.
  return process.env.MUSKEL_DB_PASSPHRASE !== undefined || (process.stdin.isTTY as boolean | undefined) === true;
}

export function noFolderYet(dataDir: string): CliFailure {
  return new CliFailure(`Gagal: belum ada folder data Muskel di ${dataDir}. Folder data baru dibuat (terenkripsi) bila frasa sandinya diberikan. ${DB_PASSPHRASE_HELP}`, 2);
}

async function askTwice(): Promise<string> {
  const first = await promptHidden('Frasa sandi baru untuk folder data (paling sedikit 10 karakter): ');
  if ((await promptHidden('Ulangi frasa sandi: ')) !== first) throw new CliFailure('Gagal: kedua frasa sandi tidak sama. Folder data tidak dibuat.', 1);
  return first;
}

/**
 * Opens a data folder for a command: with MUSKEL_DB_PASSPHRASE, or by asking on the terminal. A new folder
 * is created encrypted and its recovery code printed once, on stderr. Without a passphrase and without a
 * terminal to ask on, it stops at once (exit 2) instead of waiting.
 */
export async function unlockFolder(folder: DataFolder): Promise<void> {
  const state = folder.state();
  if (state === 'OPEN') return;
  if (state === 'PLAINTEXT') {
    throw new CliFailure('Gagal: folder data ini berisi data lama yang belum dienkripsi. Enkripsi dahulu dengan "muskel vault encrypt", atau buka aplikasi Muskel.', 1);
  }
  if (!passphraseAvailable()) throw state === 'NEW' ? noFolderYet(folder.dataDir) : new CliFailure(`Gagal: folder data terkunci. ${DB_PASSPHRASE_HELP}`, 2);
  const fromEnv = process.env.MUSKEL_DB_PASSPHRASE;
  if (state === 'NEW') {
    const { recoveryCode } = await folder.setup(fromEnv ?? (await askTwice()), false);
    process.stderr.write(
      `Folder data baru dibuat dan dienkripsi di ${folder.dataDir}.\n` +
        `KODE PEMULIHAN (hanya ditampilkan sekali; cetak atau tulis, simpan bersama pimpinan kantor, Lurah atau Kepala Dinas): ${recoveryCode}\n`,
    );
    return;
  }
  await folder.unlock({ passphrase: fromEnv ?? (await promptHidden('Frasa sandi folder data: ')) });
}
