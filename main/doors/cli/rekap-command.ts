import { parseArgs } from 'node:util';
import { WORKLIST_CODES } from '../../../shared/dtsen/worklist-schema';
import { formatCount } from '../../../shared/format/date';
import { PROGRAMS } from '../../../shared/household/options';
import { callOrFail } from './call';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';

const cell = (n: number, width = 9) => formatCount(n).padStart(width);

export const rekapCommand: CliCommand = {
  name: 'rekap',
  usage: 'muskel rekap [--json] [--data-dir DIR]',
  summary: 'Rekap keluarga dan jiwa per RW, per desil dan per program, beserta jumlah Daftar periksa per kode',
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' } } });
    return withData(values['data-dir'], async (ctx) => {
      const rekap = await callOrFail(ctx, 'rekap.get', {});
      const { counts } = await callOrFail(ctx, 'worklist.list', { filter: {}, offset: 0, limit: 1 });
      if (values.json) {
        console.log(JSON.stringify({ ...rekap, worklist: counts }, null, 2));
        return 0;
      }
      console.log(`Jumlah: ${formatCount(rekap.families)} keluarga, ${formatCount(rekap.people)} jiwa`);
      console.log(`\nPer RW       keluarga      jiwa  ${[...Array.from({ length: 10 }, (_, i) => `D${i + 1}`), 'tanpa'].map((h) => h.padStart(7)).join('')}`);
      for (const r of rekap.byRw) console.log(`  RW ${String(r.rw).padStart(3, '0')}  ${cell(r.families)} ${cell(r.people)}  ${r.familiesByDesil.map((n) => cell(n, 7)).join('')}`);
      console.log(`\nPer desil    keluarga      jiwa  ${PROGRAMS.codes.map((p) => p.padStart(9)).join('')}`);
      for (const d of rekap.byDesil) {
        console.log(`  ${(d.desil === null ? 'tanpa' : `desil ${d.desil}`).padEnd(9)}${cell(d.families)} ${cell(d.people)}  ${PROGRAMS.codes.map((p) => cell(d.recipients[p])).join('')}`);
      }
      console.log('\nPer program  keluarga      jiwa');
      for (const p of rekap.byProgram) console.log(`  ${p.program.padEnd(9)}${cell(p.families)} ${cell(p.people)}`);
      console.log('\nDaftar periksa');
      for (const code of WORKLIST_CODES.codes) console.log(`  ${code.padEnd(22)}${cell(counts[code])}  ${WORKLIST_CODES.labels[code]}`);
      return 0;
    });
  },
};
