import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'muskel demo [--households N] [--seed S] [--kelurahan KODE] [--data-dir DIR]',
  summary: 'Mengisi folder data yang kosong dengan keluarga contoh Kota Malang (sama untuk seed yang sama)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        households: { type: 'string', default: '500' },
        seed: { type: 'string', default: '1' },
        kelurahan: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    });
    return withData(values['data-dir'], async (ctx) => {
      ctx.session.operator = 'Data demo';
      const started = Date.now();
      const result = await callOrFail(ctx, 'demo.fill', { households: Number(values.households), seed: Number(values.seed), kelurahan: values.kelurahan });
      const settings = values.kelurahan === undefined ? null : await callOrFail(ctx, 'settings.get', {});
      const where = settings ? ` untuk Kelurahan ${settings.village.name}, Kecamatan ${settings.village.districtName}` : '';
      console.log(`${result.households} keluarga dengan ${result.members} anggota dan ${result.meetings} musyawarah dibuat di ${ctx.dataDir}${where} (${Date.now() - started} ms)`);
      return 0;
    });
  },
};
