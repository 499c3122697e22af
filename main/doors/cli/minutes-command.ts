import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../app/atomic-write';
import { requireWritableFolder } from '../../app/ensure-dir';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const minutesCommand: CliCommand = {
  name: 'minutes',
  usage: 'muskel minutes --meeting ID --out FILE.pdf [--daftar-hadir FILE.pdf] [--data-dir DIR]',
  summary: 'Menulis berita acara (dan daftar hadir) musyawarah sebagai PDF, pada ukuran kertas dari Pengaturan (A4 atau F4)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { meeting: { type: 'string' }, out: { type: 'string' }, 'daftar-hadir': { type: 'string' }, 'data-dir': { type: 'string' } },
    });
    const meetingId = Number(values.meeting);
    if (!Number.isInteger(meetingId) || meetingId <= 0 || !values.out) {
      console.error(`Sebutkan --meeting (nomor musyawarah, lihat "muskel meeting list") dan --out.\nPemakaian: ${this.usage}`);
      return 2;
    }
    const outputs = [['BERITA_ACARA', values.out], ['DAFTAR_HADIR', values['daftar-hadir']]] as const;
    for (const [, file] of outputs) if (file) requireWritableFolder(dirname(resolve(file)), 'Folder tujuan');
    return withData(values['data-dir'], async (ctx) => {
      for (const [document, file] of outputs) {
        if (!file) continue;
        const { contentBase64 } = await callOrFail(ctx, 'minutes.pdf', { meetingId, document });
        writeFileAtomic(resolve(file), Buffer.from(contentBase64, 'base64'));
        console.log(`${document === 'BERITA_ACARA' ? 'Berita acara' : 'Daftar hadir'} ditulis ke ${resolve(file)}`);
      }
      return 0;
    });
  },
};
