import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAnswer } from '../../services/answers/build-answer';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { requirePassphrase } from './passphrase';

export const respondCommand: CliCommand = {
  name: 'respond',
  usage: 'muskel respond --package ID [--out DIR] [--passphrase-file F] [--json] [--data-dir DIR]',
  summary: 'Dinsos: membuat tanggapan bertanda tangan dan terenkripsi untuk kelurahan atas satu paket',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { package: { type: 'string' }, out: { type: 'string' }, 'passphrase-file': { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' } },
    });
    const packageId = Number(values.package);
    if (!Number.isInteger(packageId) || packageId <= 0) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const passphrase = requirePassphrase(values['passphrase-file']);
    return withData(values['data-dir'], async (ctx) => {
      const answer = await buildAnswer(ctx, { packageId, passphrase, outDir: values.out ? resolve(values.out) : undefined });
      if (values.json) console.log(JSON.stringify(answer, null, 2));
      else console.log(`Tanggapan ${answer.fileName} (${answer.proposals} usulan) ditulis ke ${answer.path}`);
      return 0;
    });
  },
};
