import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'muskel audit verify [--expect-head N:HASH] | head [--data-dir DIR]',
  summary: 'Memeriksa rantai hash catatan audit (dan kepala yang tercetak di berita acara), atau mencetak kepala rantai sekarang',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, 'expect-head': { type: 'string' } }, allowPositionals: true });
    const [action] = positionals;
    if (action !== 'verify' && action !== 'head') {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    return withData(values['data-dir'], async (ctx) => {
      if (action === 'head') {
        const head = await callOrFail(ctx, 'audit.head', {});
        console.log(`${String(head.entries)}:${head.hash}`);
        return 0;
      }
      const expectHead = values['expect-head'];
      const verdict = await callOrFail(ctx, 'audit.verify', expectHead === undefined ? {} : { expectHead });
      if (verdict.ok) {
        console.log(`Catatan audit utuh: ${verdict.entries} catatan, rantai hash tidak terputus${expectHead ? `, kepala ${expectHead} masih ada` : ''}.`);
        return 0;
      }
      console.log(verdict.problem ?? 'Catatan audit rusak.');
      return 1;
    });
  },
};
