import { auditCommand } from './audit-command';
import type { CliCommand } from './commands';
import { exportCommand } from './export-command';
import { keyCommand } from './key-command';
import { meetingCommand } from './meeting-command';
import { verifyCommand } from './verify-command';
import { minutesCommand } from './minutes-command';
import { rulesCommand } from './rules-command';
import { demoCommand } from './demo-command';
import { nikCommand } from './nik-command';
import { serveCommand } from './serve-command';

const COMMANDS: readonly CliCommand[] = [serveCommand, nikCommand, demoCommand, meetingCommand, minutesCommand, keyCommand, exportCommand, verifyCommand, auditCommand, rulesCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Muskel: Musyawarah Kelurahan untuk usulan DTSEN',
    '',
    'Perintah:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Folder data: --data-dir DIR, atau variabel MUSKEL_DATA_DIR, atau folder bawaan aplikasi.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Perintah tidak dikenal: ${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\nPemakaian: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}
