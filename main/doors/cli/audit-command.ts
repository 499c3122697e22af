import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'muskel audit verify [--data-dir DIR]',
  summary: 'Memeriksa rantai hash catatan audit; gagal dengan nomor catatan pertama yang rusak',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
    if (positionals[0] !== 'verify') {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    return withData(values['data-dir'], async (ctx) => {
      const verdict = await callOrFail(ctx, 'audit.verify', {});
      if (verdict.ok) {
        console.log(`Catatan audit utuh: ${verdict.entries} catatan, rantai hash tidak terputus.`);
        return 0;
      }
      console.log(verdict.problem ?? 'Catatan audit rusak.');
      return 1;
    });
  },
};
