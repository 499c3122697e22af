import { readSmallFile } from './read-small-file';
import { parseArgs } from 'node:util';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const rulesCommand: CliCommand = {
  name: 'rules',
  usage: 'muskel rules list | add FILE.json [--data-dir DIR]',
  summary: 'Aturan kelayakan (ambang desil per program): tampilkan, atau tambahkan aturan dari keputusan yang lebih baru',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
    const [action, file] = positionals;
    if (action !== 'list' && !(action === 'add' && file)) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    return withData(values['data-dir'], async (ctx) => {
      let sets;
      if (action === 'add' && file) {
        const text = readSmallFile(file, 'Berkas aturan');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text) as unknown;
        } catch {
          throw new CliFailure(`Gagal: berkas ${file} bukan JSON yang sah.`, 1);
        }
        sets = await callOrFail(ctx, 'rules.add', parsed);
      } else {
        sets = await callOrFail(ctx, 'rules.list', {});
      }
      for (const s of sets) {
        const p = s.programs;
        console.log(`${s.code}  berlaku ${s.validFrom}  ${s.decree}: PKH desil 1-${p.PKH.maxDesil}, Sembako 1-${p.SEMBAKO.maxDesil}, PBI-JK 1-${p.PBI_JK.maxDesil}, lainnya 1-${p.LAINNYA.maxDesil}`);
      }
      return 0;
    });
  },
};
