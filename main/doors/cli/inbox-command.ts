import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../../app/atomic-write';
import { requireWritableFolder } from '../../app/ensure-dir';
import { parseArgs } from 'node:util';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { CityProposal } from '../../../shared/inbox/city-proposals';
import { DECISIONS, PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { addPackages } from '../../services/inbox/add-packages';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { callOrFail } from './call';
import { withData } from './data-context';
import { requirePassphrase } from './passphrase';

const PACKAGE_FILE = /\.zip(\.age)?$/i;

/** The files named, a folder standing for the packages in it. */
function packageFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    if (!existsSync(full)) throw new CliFailure(`Gagal: berkas ${path} tidak ditemukan.`, 1);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full).filter((f) => PACKAGE_FILE.test(f)).sort().map((f) => join(full, f));
  });
}

export const inboxCommand: CliCommand = {
  name: 'inbox',
  usage: 'muskel inbox add FILE|FOLDER... [--replace] [--passphrase-file F] [--json] | list [--json] | proposals [--kelurahan CODE] [--json] | status --status S [--note T] ID... | siks-ng --out FILE.xlsx [--data-dir DIR]',
  summary: 'Dinsos: memeriksa dan mengimpor paket usulan kelurahan ke daftar usulan kota; keluar 0 hanya bila tidak ada yang ditolak',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        replace: { type: 'boolean' }, json: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, status: { type: 'string' }, note: { type: 'string' },
        out: { type: 'string' }, kelurahan: { type: 'string' }, 'data-dir': { type: 'string' },
      },
      allowPositionals: true,
    });
    const [action, ...paths] = positionals;
    if (action === 'add' && paths.length > 0) {
      const files = packageFiles(paths);
      const passphrase = requirePassphrase(values['passphrase-file']);
      return withData(values['data-dir'], async (ctx) => {
        const result = await addPackages(ctx, { packages: files.map((source) => ({ source, fileName: basename(source) })), passphrase, replace: values.replace ?? false });
        if (values.json) {
          console.log(JSON.stringify({ imported: result.imported + result.replaced, duplicates: result.duplicates, refused: result.refused.map((r) => ({ file: r.file, problems: r.problems })) }, null, 2));
        } else {
          console.log(`${result.imported} paket diimpor, ${result.replaced} menggantikan paket sebelumnya, ${result.duplicates} sudah pernah diimpor, ${result.refused.length} ditolak.`);
          for (const r of result.refused) {
            console.log(`DITOLAK ${r.file}:`);
            for (const problem of r.problems) console.log(`- ${problem}`);
          }
        }
        return result.refused.length === 0 ? 0 : 1;
      });
    }
    if (action === 'status' && values.status && paths.length > 0) {
      return withData(values['data-dir'], async (ctx) => {
        const { updated } = await callOrFail(ctx, 'cityProposals.setStatus', { ids: paths.map(Number), status: values.status, note: values.note ?? '' });
        console.log(`${updated} usulan diberi status ${values.status}.`);
        return 0;
      });
    }
    if (action === 'proposals') {
      return withData(values['data-dir'], async (ctx) => {
        const rows: CityProposal[] = [];
        for (let total = 1; rows.length < total; ) {
          const page = await callOrFail(ctx, 'cityProposals.list', { kelurahanCode: values.kelurahan, offset: rows.length, limit: 500 });
          rows.push(...page.rows);
          total = page.rows.length === 0 ? rows.length : page.total;
        }
        if (values.json) console.log(JSON.stringify(rows, null, 2));
        for (const r of values.json ? [] : rows) {
          const status = r.dinsosStatus ? DINSOS_STATUSES.labels[r.dinsosStatus] : 'belum ditanggapi';
          console.log(`#${r.id}  ${r.kelurahanName.padEnd(16)} ${String(r.no).padStart(3)}. ${r.name}  ${PROPOSAL_KIND_SHORT[r.kind]}  ${DECISIONS.labels[r.decision]}  [${status}]`);
        }
        return 0;
      });
    }
    if (action === 'siks-ng' && values.out) {
      const out = resolve(values.out);
      requireWritableFolder(dirname(out), 'Folder tujuan');
      return withData(values['data-dir'], async (ctx) => {
        const sheet = await callOrFail(ctx, 'answers.siksNg', {});
        writeFileAtomic(out, Buffer.from(sheet.contentBase64, 'base64'));
        console.log(`${sheet.rows} usulan yang diterima ditulis ke ${out}`);
        return 0;
      });
    }
    if (action === 'list') {
      return withData(values['data-dir'], async (ctx) => {
        const packages = await callOrFail(ctx, 'inbox.list', {});
        if (values.json) console.log(JSON.stringify(packages, null, 2));
        else if (packages.length === 0) console.log('Kotak masuk kosong.');
        else {
          for (const p of packages) {
            console.log(`${p.kelurahanCode}  ${p.kelurahanName.padEnd(20)}  musyawarah ${p.meetingDate}  ${String(p.proposals).padStart(4)} usulan  ${p.fileName}${p.replacedAt ? '  (digantikan)' : ''}`);
          }
        }
        return 0;
      });
    }
    console.error(`Pemakaian: ${this.usage}`);
    return 2;
  },
};
