import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';
import { requirePassphrase } from './passphrase';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'muskel export --meeting ID --out DIR [--recipient age1...]... [--no-encrypt --i-understand] [--passphrase-file F] [--data-dir DIR]',
  summary: 'Membuat paket usulan bertanda tangan dan terenkripsi untuk Dinsos dari musyawarah yang sudah selesai',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        meeting: { type: 'string' }, out: { type: 'string' }, recipient: { type: 'string', multiple: true }, 'no-encrypt': { type: 'boolean' },
        'i-understand': { type: 'boolean' }, 'passphrase-file': { type: 'string' }, 'data-dir': { type: 'string' },
      },
    });
    const meetingId = Number(values.meeting);
    if (!Number.isInteger(meetingId) || meetingId <= 0 || !values.out) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const passphrase = requirePassphrase(values['passphrase-file']);
    const encrypt = !values['no-encrypt'];
    if (!encrypt && !values['i-understand']) {
      console.error('PERINGATAN: paket tanpa enkripsi berisi NIK, nama dan alamat warga (UU 27/2022). Tambahkan --i-understand bila memang disengaja.');
      return 2;
    }
    return withData(values['data-dir'], async (ctx) => {
      const result = await callOrFail(ctx, 'packages.exportNow', {
        meetingId, outDir: resolve(values.out ?? '.'), passphrase, recipients: values.recipient ?? [], encrypt, acknowledgeUnencrypted: values['i-understand'] ?? false,
      });
      console.log(`Paket ditulis: ${result.path}`);
      console.log(`SHA-256: ${result.sha256}`);
      console.log(`Kunci penanda tangan: ${result.keyId}${result.encrypted ? '' : ' (TANPA enkripsi)'}`);
      return 0;
    });
  },
};
