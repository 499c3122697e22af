import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { callOrFail } from './call';
import { withData } from './data-context';
import { readSmallFile } from './read-small-file';

export const keysCommand: CliCommand = {
  name: 'keys',
  usage: 'muskel keys trust FILE.pub --kelurahan CODE [--replace] | list [--json] [--data-dir DIR]',
  summary: 'Dinsos: kunci publik kelurahan yang dipercaya untuk paket usulan',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { kelurahan: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
    });
    const [action, file] = positionals;
    if (action === 'trust' && file && values.kelurahan) {
      const publicKey = readSmallFile(file, 'Berkas kunci publik', 64 * 1024);
      return withData(values['data-dir'], async (ctx) => {
        const key = await callOrFail(ctx, 'kelurahanKeys.trust', { kelurahanCode: values.kelurahan, publicKey, replace: values.replace ?? false });
        console.log(`Kunci ${key.keyId} dipercaya untuk Kelurahan ${key.kelurahanName} (${key.kelurahanCode}).`);
        return 0;
      });
    }
    if (action === 'list') {
      return withData(values['data-dir'], async (ctx) => {
        const keys = await callOrFail(ctx, 'kelurahanKeys.list', {});
        if (values.json) console.log(JSON.stringify(keys, null, 2));
        else if (keys.length === 0) console.log('Belum ada kunci kelurahan yang dipercaya.');
        else for (const k of keys) console.log(`${k.kelurahanCode}  ${k.kelurahanName.padEnd(20)}  ${k.keyId}  dipercaya ${k.trustedAt.slice(0, 10)} oleh ${k.trustedBy}`);
        return 0;
      });
    }
    console.error(`Pemakaian: ${this.usage}`);
    return 2;
  },
};
