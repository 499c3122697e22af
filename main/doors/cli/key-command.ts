import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../app/atomic-write';
import { requireWritableFolder } from '../../app/ensure-dir';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';
import { requirePassphrase } from './passphrase';
import { readSmallFile } from './read-small-file';

export const keyCommand: CliCommand = {
  name: 'key',
  usage: 'muskel key generate [--replace] [--passphrase-file F] | export-public --out FILE.pub | show | recipient age1... | dinsos-pubkey FILE.pub [--data-dir DIR]',
  summary: 'Kunci penanda tangan (minisign), kunci penerima Dinsos (age) dan kunci publik Dinsos untuk tanggapan',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { replace: { type: 'boolean' }, out: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
    });
    const [action, argument] = positionals;
    return withData(values['data-dir'], async (ctx) => {
      if (action === 'generate') {
        const passphrase = requirePassphrase(values['passphrase-file']);
        const info = await callOrFail(ctx, 'keys.generate', { passphrase, replace: values.replace ?? false });
        console.log(`Kunci penanda tangan dibuat. ID kunci: ${info.keyId}`);
        return 0;
      }
      if (action === 'export-public' && values.out) {
        const info = await callOrFail(ctx, 'keys.info', {});
        if (!info) {
          console.error('Belum ada kunci. Jalankan "muskel key generate" terlebih dahulu.');
          return 1;
        }
        requireWritableFolder(dirname(resolve(values.out)), 'Folder tujuan');
        writeFileAtomic(resolve(values.out), info.publicKey);
        console.log(`Kunci publik ${info.keyId} ditulis ke ${resolve(values.out)}`);
        return 0;
      }
      if (action === 'show') {
        const info = await callOrFail(ctx, 'keys.info', {});
        if (!info) {
          console.log('Belum ada kunci penanda tangan.');
          return 1;
        }
        console.log(`ID kunci: ${info.keyId} (dibuat ${info.createdAt})`);
        console.log(info.publicKey.trim());
        console.log(`Penerima age milik folder ini: ${info.ownRecipient}`);
        for (const r of info.dinsosRecipients) console.log(`Penerima ${r.label}: ${r.recipient}`);
        return 0;
      }
      if (action === 'dinsos-pubkey' && argument) {
        const { keyId } = await callOrFail(ctx, 'answers.setDinsosKey', { publicKey: readSmallFile(argument, 'Berkas kunci publik Dinsos', 64 * 1024) });
        console.log(`Kunci publik Dinsos ${keyId ?? ''} disimpan: tanggapan Dinsos harus ditandatangani kunci ini.`);
        return 0;
      }
      if (action === 'recipient' && argument) {
        await callOrFail(ctx, 'keys.setRecipient', { text: argument });
        console.log(`Kunci penerima Dinsos disimpan: ${argument}`);
        return 0;
      }
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    });
  },
};
