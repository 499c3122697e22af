import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKLIST_CODES } from '../../../shared/dtsen/worklist-schema';
import type { WorklistCode } from '../../../shared/dtsen/worklist-schema';
import { formatRtRw } from '../../../shared/format/address';
import { writeFileAtomic } from '../../app/atomic-write';
import { requireWritableFolder } from '../../app/ensure-dir';
import { callOrFail } from './call';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';

const isCode = (value: string): value is WorklistCode => (WORKLIST_CODES.codes as readonly string[]).includes(value);

function codesOf(values: readonly string[] | undefined): WorklistCode[] {
  const codes = (values ?? []).map((v) => v.trim().toUpperCase());
  const unknown = codes.find((c) => !isCode(c));
  if (unknown !== undefined) throw new CliFailure(`Kode tidak dikenal: ${unknown}. Pilih dari: ${WORKLIST_CODES.codes.join(', ')}.`, 2);
  return codes.filter(isCode);
}

const USAGE = 'muskel worklist [--code KODE]... [--json] [--xlsx FILE] [--data-dir DIR] | worklist propose --meeting ID [--code KODE]... [--json] [--data-dir DIR]';

export const worklistCommand: CliCommand = {
  name: 'worklist',
  usage: USAGE,
  summary: 'Daftar periksa: keluarga yang desil dan bantuannya tidak cocok; propose menjadikannya usulan musyawarah',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        code: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        xlsx: { type: 'string' },
        meeting: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      allowPositionals: true,
    });
    const codes = codesOf(values.code);
    const filter = { codes, rw: null, rt: null, program: null };
    if (positionals.length > 0) {
      const meetingId = Number(values.meeting);
      if (positionals[0] !== 'propose' || positionals.length > 1 || !Number.isInteger(meetingId) || meetingId <= 0 || values.xlsx) {
        console.error(`Sebutkan --meeting (nomor musyawarah, lihat "muskel meeting list").\nPemakaian: ${USAGE}`);
        return 2;
      }
      return withData(values['data-dir'], async (ctx) => {
        const { added, skipped } = await callOrFail(ctx, 'worklist.propose', { meetingId, filter, items: null });
        console.log(values.json ? JSON.stringify({ added, skipped }) : `${added} usulan ditambahkan ke musyawarah #${meetingId}; ${skipped} dilewati karena sudah diusulkan.`);
        return 0;
      });
    }
    if (values.xlsx) requireWritableFolder(dirname(resolve(values.xlsx)), 'Folder tujuan');
    return withData(values['data-dir'], async (ctx) => {
      if (values.xlsx) {
        const file = await callOrFail(ctx, 'worklist.xlsx', { filter });
        writeFileAtomic(resolve(values.xlsx), Buffer.from(file.contentBase64, 'base64'));
      }
      const page = await callOrFail(ctx, 'worklist.list', { filter, offset: 0, limit: null });
      const written = values.xlsx ? `Daftar periksa (${page.total} baris) ditulis ke ${resolve(values.xlsx)}` : null;
      if (values.json) {
        console.log(JSON.stringify(page, null, 2));
        if (written) console.error(written);
        return 0;
      }
      console.log(`Daftar periksa per ${page.today}, aturan ${page.ruleSet.code}:`);
      for (const code of WORKLIST_CODES.codes) console.log(`  ${code.padEnd(22)} ${String(page.counts[code]).padStart(7)}  ${WORKLIST_CODES.labels[code]}`);
      if (written) console.log(written);
      else for (const i of page.items) console.log(`${i.code}  ${formatRtRw(i.rt, i.rw)}  ${i.kk}  ${i.name}  desil ${i.desil ?? '-'}  ${i.message}`);
      return 0;
    });
  },
};
