import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataDirPath, prepareDataDir } from '../../app/data-dir';
import { DataFolder } from '../../vault/data-folder';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { promptHidden } from './prompt';
import { DB_PASSPHRASE_HELP, unlockFolder } from './unlock-folder';

const STATES = { NEW: 'belum dibuat', PLAINTEXT: 'berisi data lama yang BELUM dienkripsi', LOCKED: 'terenkripsi', DAMAGED: 'rusak (pulihkan dari cadangan)', OPEN: 'terbuka' } as const;

/** A new passphrase: MUSKEL_DB_NEW_PASSPHRASE, or asked twice on the terminal. */
async function newPassphrase(variable: string): Promise<string> {
  const fromEnv = process.env[variable];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new CliFailure(`Gagal: frasa sandi baru dibaca dari variabel ${variable}, atau ditanyakan di terminal.`, 2);
  const first = await promptHidden('Frasa sandi baru (paling sedikit 10 karakter): ');
  if ((await promptHidden('Ulangi frasa sandi baru: ')) !== first) throw new CliFailure('Gagal: kedua frasa sandi tidak sama. Tidak ada yang diubah.', 1);
  return first;
}

function printRecoveryCode(code: string): void {
  process.stderr.write(`KODE PEMULIHAN BARU (hanya ditampilkan sekali; cetak atau tulis, simpan bersama pimpinan kantor, Lurah atau Kepala Dinas): ${code}\n`);
}

export const vaultCommand: CliCommand = {
  name: 'vault',
  usage: 'muskel vault status | encrypt | change-passphrase [--data-dir DIR]',
  summary: 'Kunci folder data: keadaannya, mengenkripsi folder data lama, atau mengganti frasa sandi (dengan kode pemulihan baru)',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
    const [action] = positionals;
    if (action !== 'status' && action !== 'encrypt' && action !== 'change-passphrase') {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const dataDir = dataDirPath(values['data-dir']);
    if (action === 'status' && !existsSync(dataDir)) {
      console.log(`Folder data ${dataDir}: ${STATES.NEW}.`);
      return 0;
    }
    const folder = new DataFolder(prepareDataDir(dataDir), 'cli');
    try {
      if (action === 'status') {
        console.log(`Folder data ${folder.dataDir}: ${STATES[folder.state()]}.`);
        return 0;
      }
      if (action === 'encrypt') {
        if (folder.state() !== 'PLAINTEXT') throw new CliFailure('Gagal: folder data ini tidak berisi data lama yang belum dienkripsi.', 1);
        const { recoveryCode } = await folder.encryptExisting(await newPassphrase('MUSKEL_DB_PASSPHRASE'), false);
        console.log(`Folder data ${folder.dataDir} sudah dienkripsi.`);
        printRecoveryCode(recoveryCode);
        return 0;
      }
      const current = process.env.MUSKEL_DB_PASSPHRASE;
      if (current === undefined) throw new CliFailure(`Gagal: frasa sandi yang sekarang diperlukan. ${DB_PASSPHRASE_HELP}`, 2);
      await unlockFolder(folder);
      const { recoveryCode } = await folder.changePassphrase(current, await newPassphrase('MUSKEL_DB_NEW_PASSPHRASE'));
      console.log('Frasa sandi folder data diganti. Kode pemulihan yang lama tidak berlaku lagi.');
      printRecoveryCode(recoveryCode);
      return 0;
    } finally {
      await folder.close();
    }
  },
};
