import { parseArgs } from 'node:util';
import { dispatch } from '../../api/dispatch';
import type { OutputOf } from '../../../shared/api/contract';
import { memoryContext } from '../../app/open-context';
import type { CliCommand } from './cli-command';

const SEX = { L: 'laki-laki', P: 'perempuan' } as const;


export const nikCommand: CliCommand = {
  name: 'nik',
  usage: 'muskel nik NIK... [--json]',
  summary: 'Mengurai NIK: provinsi, tanggal lahir, jenis kelamin, nomor urut, atau alasan NIK tidak sah',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
    if (positionals.length === 0) {
      console.error('Sebutkan paling sedikit satu NIK, misalnya: muskel nik 3573054107900001');
      return 2;
    }
    // Parsing a NIK touches no data folder: an in-memory database stands in.
    const ctx = memoryContext('cli');
    const results = [];
    for (const nik of positionals) results.push({ nik, result: await dispatch(ctx, 'nik.parse', { nik }) });
    if (values.json) {
      console.log(JSON.stringify(results.map(({ nik, result }) => (result.ok ? { nik, valid: true, ...(result.value as object) } : { nik, valid: false, reason: result.error.message })), null, 2));
    } else {
      for (const { nik, result } of results) {
        if (!result.ok) {
          console.log(`${nik}  TIDAK SAH: ${result.error.message}`);
          continue;
        }
        const v = result.value as OutputOf<'nik.parse'>;
        const date = `${String(v.birthDay).padStart(2, '0')}-${String(v.birthMonth).padStart(2, '0')}-${v.birthYearGuess}`;
        console.log(`${nik}  sah: provinsi ${v.provinceName}, wilayah ${v.regionCode}, lahir ${date} (tahun diperkirakan), ${SEX[v.sex]}, nomor urut ${v.serial}`);
      }
    }
    return results.every(({ result }) => result.ok) ? 0 : 1;
  },
};
