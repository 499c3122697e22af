import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BackupSummary } from '../../../shared/backup/schema';
import { BACKUP_KIND_LABEL } from '../../../shared/backup/schema';
import { formatCount, formatTimestamp } from '../../../shared/format/date';
import { dispatchToFolder } from '../../api/dispatch';
import { resolveDataDir } from '../../app/data-dir';
import { DataFolder } from '../../vault/data-folder';
import { callOrFail } from './call';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';

function describe(b: BackupSummary): string {
  const where = b.kelurahan ? `Kelurahan ${b.kelurahan.name}` : 'kelurahan belum diisi';
  const size = `${(b.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${formatTimestamp(b.createdAt)} · ${BACKUP_KIND_LABEL[b.kind]} · ${where} · ${formatCount(b.counts.meetings)} musyawarah · ${formatCount(b.counts.households)} keluarga · ${size}\n  ${b.file}`;
}

async function create(dataDir: string | undefined, out: string | undefined, json: boolean): Promise<number> {
  return withData(dataDir, async (ctx) => {
    const job = await callOrFail(ctx, 'backup.start', out === undefined ? {} : { folder: resolve(out) });
    await ctx.backups.settleAll();
    const done = await callOrFail(ctx, 'backup.status', { id: job.id });
    if (!done.result) throw new CliFailure(`Gagal: ${done.error ?? 'cadangan tidak dibuat.'}`, 1);
    console.log(json ? JSON.stringify(done.result) : `Cadangan dibuat: ${done.result.file}`);
    return 0;
  });
}

async function list(folder: DataFolder, dir: string | undefined, json: boolean): Promise<number> {
  const result = await dispatchToFolder(folder, 'vault.backups', dir === undefined ? {} : { folder: resolve(dir) });
  if (!result.ok) throw new CliFailure(`Gagal: ${result.error.message}`, 1);
  const backups = result.value as BackupSummary[];
  if (json) console.log(JSON.stringify(backups));
  else if (backups.length === 0) console.log('Belum ada cadangan di folder itu.');
  else for (const b of backups) console.log(describe(b));
  return 0;
}

/**
 * Restores with the folder's own key when it opens (MUSKEL_DB_PASSPHRASE), else with that passphrase as the
 * backup's: a damaged folder, a new PC. `--yes` confirms restoring another kelurahan's backup.
 */
async function restore(folder: DataFolder, file: string, yes: boolean): Promise<number> {
  const passphrase = process.env.MUSKEL_DB_PASSPHRASE;
  if (folder.state() === 'LOCKED' && passphrase !== undefined) await folder.unlock({ passphrase }).catch(() => undefined);
  const result = await dispatchToFolder(folder, 'vault.restore', { file: resolve(file), secret: passphrase === undefined ? null : { passphrase }, confirmOtherKelurahan: yes });
  if (!result.ok) {
    const hint = result.error.field === 'confirmOtherKelurahan' ? ' Tambahkan --yes bila memang disengaja.' : result.error.field === 'secret' ? ' Isi MUSKEL_DB_PASSPHRASE dengan frasa sandinya.' : '';
    throw new CliFailure(`Gagal: ${result.error.message}${hint}`, 1);
  }
  console.log(`Dipulihkan dan diperiksa: ${describe(result.value as BackupSummary)}`);
  return 0;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'muskel backup create [--out DIR] [--json] | list [--dir DIR] [--json] | restore FILE [--yes] [--data-dir DIR]',
  summary: 'Cadangan terenkripsi: membuat (ke cadangan/ atau folder lain), mendaftar, atau memulihkan setelah diperiksa utuh',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, yes: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [action, file] = positionals;
    if (action === 'create') return create(values['data-dir'], values.out, values.json);
    if ((action === 'list' || (action === 'restore' && file)) && positionals.length <= 2) {
      const folder = new DataFolder(resolveDataDir(values['data-dir']), 'cli');
      try {
        return action === 'list' ? await list(folder, values.dir, values.json) : await restore(folder, file ?? '', values.yes);
      } finally {
        await folder.close();
      }
    }
    console.error(`Pemakaian: ${this.usage}`);
    return 2;
  },
};
