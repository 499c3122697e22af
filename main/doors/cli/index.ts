import { APP_VERSION } from '../../api/version';
import { auditCommand } from './audit-command';
import { backupCommand } from './backup-command';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { demoCommand } from './demo-command';
import { doctorCommand } from './doctor-command';
import { exportCommand } from './export-command';
import { failureMessage } from './failure-message';
import { groundcheckCommand } from './groundcheck-command';
import { importCommand } from './import-command';
import { inboxCommand } from './inbox-command';
import { keyCommand } from './key-command';
import { keysCommand } from './keys-command';
import { meetingCommand } from './meeting-command';
import { minutesCommand } from './minutes-command';
import { nikCommand } from './nik-command';
import { rekapCommand } from './rekap-command';
import { respondCommand } from './respond-command';
import { responseCommand } from './response-command';
import { rulesCommand } from './rules-command';
import { serveCommand } from './serve-command';
import { setupCommand } from './setup-command';
import { DB_PASSPHRASE_HELP } from './unlock-folder';
import { vaultCommand } from './vault-command';
import { verifyCommand } from './verify-command';
import { worklistCommand } from './worklist-command';

const COMMANDS: readonly CliCommand[] = [serveCommand, nikCommand, setupCommand, demoCommand, importCommand, meetingCommand, worklistCommand, rekapCommand, minutesCommand, keyCommand, exportCommand, verifyCommand, keysCommand, inboxCommand, groundcheckCommand, respondCommand, responseCommand, auditCommand, rulesCommand, vaultCommand, backupCommand, doctorCommand];
const DATA_DIR_NOTE = 'Folder data: --data-dir DIR, atau variabel MUSKEL_DATA_DIR, atau folder bawaan aplikasi.';
const HELP_FLAGS = new Set(['--help', '-h', 'help']);

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Muskel: Musyawarah Kelurahan untuk usulan DTSEN',
    '',
    'Perintah:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'muskel <perintah> --help menjelaskan satu perintah; muskel --version mencetak versi.',
    DATA_DIR_NOTE,
    DB_PASSPHRASE_HELP,
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [`${command.summary}.`, '', `Pemakaian: ${command.usage}`, '', DATA_DIR_NOTE].join('\n');
}

function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_FLAGS.has(name)) {
    console.log(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(`muskel ${APP_VERSION}`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Perintah tidak dikenal: ${name}\n\n${help()}`);
    return 2;
  }
  // `muskel key --help` and `muskel key generate --help` alike: help wins over everything else on the line.
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliFailure) {
      console.error(error.message);
      return error.exitCode;
    }
    if (isParseArgsError(error)) {
      console.error(`${error.message}\n\nPemakaian: ${command.usage}`);
      return 2;
    }
    const known = failureMessage(error);
    console.error(known ? `Gagal: ${known}` : `Gagal: terjadi kesalahan di dalam aplikasi (${error instanceof Error ? error.name : typeof error}).`);
    return 1;
  }
}
