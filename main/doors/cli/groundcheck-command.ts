import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRtRw } from '../../../shared/format/address';
import { formatLongDate } from '../../../shared/format/date';
import { GROUNDCHECK_RESULTS, MAX_PHOTO_BYTES } from '../../../shared/groundcheck/schema';
import type { GroundcheckResultCode } from '../../../shared/groundcheck/schema';
import { PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { writeFileAtomic } from '../../app/atomic-write';
import { requireWritableFolder } from '../../app/ensure-dir';
import type { ServiceContext } from '../../services/context';
import { callOrFail } from './call';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';

const USAGE = [
  'muskel groundcheck assign --officer NAMA --date TGL (--all-flagged | --id N...)',
  'list [--officer NAMA] [--date TGL] [--pending|--done] [--json]',
  'form --out FILE.pdf [--id N... | --officer NAMA --date TGL]',
  'result --id N --result HASIL [--desil N] [--note TEKS] [--date TGL] [--officer NAMA] [--photo FOTO]... [--data-dir DIR]',
].join(' | ');

const isResult = (value: string): value is GroundcheckResultCode => (GROUNDCHECK_RESULTS.codes as readonly string[]).includes(value);

function ids(values: readonly string[] | undefined): number[] {
  return (values ?? []).map((v) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isSafeInteger(n) || n <= 0) throw new CliFailure(`Id usulan harus angka bulat positif, bukan "${v.slice(0, 40)}" (lihat "muskel groundcheck list").`, 2);
    return n;
  });
}

/** A photo named on the command line: a regular file of at most 5 MB, read before the data folder is opened. */
function readPhoto(path: string): { fileName: string; contentBase64: string } {
  const full = resolve(path);
  const fd = openSync(full, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliFailure(`Gagal: foto ${path} bukan berkas biasa.`, 1);
    if (stat.size === 0) throw new CliFailure(`Gagal: foto ${path} kosong.`, 1);
    if (stat.size > MAX_PHOTO_BYTES) throw new CliFailure(`Gagal: foto ${path} berukuran ${(stat.size / 1048576).toFixed(1)} MB; paling besar 5 MB.`, 1);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { fileName: basename(full), contentBase64: bytes.subarray(0, read).toString('base64') };
  } finally {
    closeSync(fd);
  }
}

/** Every row of the list under a filter, page by page. */
async function allRows(ctx: ServiceContext, filter: { officer?: string; plannedDate?: string; hasResult?: boolean }) {
  const first = await callOrFail(ctx, 'groundcheck.list', { ...filter, offset: 0, limit: 500 });
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const next = await callOrFail(ctx, 'groundcheck.list', { ...filter, offset: rows.length, limit: 500 });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { ...first, rows };
}

export const groundcheckCommand: CliCommand = {
  name: 'groundcheck',
  usage: USAGE,
  summary: 'Dinsos: menugaskan petugas groundcheck, mencetak formulir per keluarga, dan mencatat hasil beserta foto (TGL ditulis TTTT-BB-HH)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        officer: { type: 'string' }, date: { type: 'string' }, 'all-flagged': { type: 'boolean' }, id: { type: 'string', multiple: true },
        pending: { type: 'boolean' }, done: { type: 'boolean' }, json: { type: 'boolean' }, out: { type: 'string' },
        result: { type: 'string' }, desil: { type: 'string' }, note: { type: 'string' }, photo: { type: 'string', multiple: true },
        'data-dir': { type: 'string' },
      },
      allowPositionals: true,
    });
    const [action, ...extra] = positionals;
    const usage = (why: string) => {
      console.error(`${why}\nPemakaian: ${USAGE}`);
      return 2;
    };
    if (extra.length > 0) return usage(`Argumen tidak dikenal: ${extra.join(' ').slice(0, 80)}`);
    const proposalIds = ids(values.id);

    if (action === 'assign') {
      if (!values.officer || !values.date) return usage('Sebutkan --officer (nama petugas) dan --date (tanggal groundcheck, ditulis TTTT-BB-HH).');
      if ((values['all-flagged'] ?? false) === proposalIds.length > 0) return usage('Sebutkan --all-flagged (semua usulan yang perlu groundcheck) atau --id N, salah satu saja.');
      const input = { officer: values.officer, plannedDate: values.date, ...(values['all-flagged'] ? { allFlagged: true } : { proposalIds }) };
      return withData(values['data-dir'], async (ctx) => {
        const r = await callOrFail(ctx, 'groundcheck.assign', input);
        console.log(`${r.assigned} usulan ditugaskan dan ${r.reassigned} dipindahkan kepada ${values.officer?.trim() ?? ''} untuk ${formatLongDate(values.date ?? '')}; ${r.unchanged} sudah ditugaskan demikian.`);
        if (r.proposalIds.length === 0) console.log('Tidak ada usulan perlu groundcheck yang belum ditugaskan.');
        return 0;
      });
    }

    if (action === 'list') {
      if (values.pending && values.done) return usage('Pilih --pending (belum ada hasil) atau --done (sudah ada hasil), salah satu saja.');
      const hasResult = values.pending ? false : values.done ? true : undefined;
      return withData(values['data-dir'], async (ctx) => {
        const page = await allRows(ctx, { officer: values.officer, plannedDate: values.date, hasResult });
        if (values.json) {
          console.log(JSON.stringify(page, null, 2));
          return 0;
        }
        console.log(`${page.total} usulan groundcheck; ${page.unassigned} usulan perlu groundcheck belum ditugaskan.`);
        for (const { proposal: p, assignment: a, result: r, photos } of page.rows) {
          const found = r ? `${r.result}${r.recommendedDesil === null ? '' : ` desil ${r.recommendedDesil}`}` : 'belum ada hasil';
          console.log(`#${p.id}  ${a?.plannedDate ?? '-'}  ${(a?.officer ?? r?.officer ?? '-').padEnd(20)}  ${p.kelurahanName.padEnd(14)}  RT/RW ${formatRtRw(p.rt, p.rw)}  ${p.name}  ${PROPOSAL_KIND_SHORT[p.kind]}  ${found}  ${photos.length} foto`);
        }
        return 0;
      });
    }

    if (action === 'form') {
      if (!values.out) return usage('Sebutkan --out (berkas PDF yang ditulis).');
      requireWritableFolder(dirname(resolve(values.out)), 'Folder tujuan');
      return withData(values['data-dir'], async (ctx) => {
        const chosen = proposalIds.length > 0
          ? proposalIds
          : (await allRows(ctx, { officer: values.officer, plannedDate: values.date, hasResult: false })).rows.map((r) => r.proposal.id);
        if (chosen.length === 0) throw new CliFailure('Gagal: tidak ada usulan groundcheck tanpa hasil yang cocok untuk dicetak; sebutkan --id atau periksa --officer dan --date.', 1);
        const file = await callOrFail(ctx, 'groundcheck.formPdf', { ids: chosen });
        writeFileAtomic(resolve(values.out ?? file.fileName), Buffer.from(file.contentBase64, 'base64'));
        console.log(`Formulir groundcheck (${chosen.length} keluarga, satu halaman per keluarga) ditulis ke ${resolve(values.out ?? file.fileName)}`);
        return 0;
      });
    }

    if (action === 'result') {
      const result = values.result?.trim().toUpperCase() ?? '';
      const [id] = proposalIds;
      if (id === undefined || proposalIds.length > 1) return usage('Sebutkan satu --id (id usulan, lihat "muskel groundcheck list").');
      if (!isResult(result)) return usage(`Sebutkan --result, salah satu dari: ${GROUNDCHECK_RESULTS.codes.join(', ')}.`);
      const desil = values.desil === undefined ? null : Number(values.desil);
      if (desil !== null && (!Number.isInteger(desil) || desil < 1 || desil > 10)) return usage('--desil harus angka 1 sampai 10.');
      const photos = (values.photo ?? []).map(readPhoto);
      return withData(values['data-dir'], async (ctx) => {
        const item = await callOrFail(ctx, 'groundcheck.record', {
          proposalId: id, result, recommendedDesil: desil, notes: values.note ?? '', ...(values.date ? { checkedAt: values.date } : {}), ...(values.officer ? { officer: values.officer } : {}),
        });
        console.log(`Hasil groundcheck usulan #${id} (${item.proposal.name}) dicatat: ${GROUNDCHECK_RESULTS.labels[result]}. ${item.dinsosNote}.`);
        for (const photo of photos) {
          const saved = await callOrFail(ctx, 'groundcheck.addPhoto', { proposalId: id, fileName: photo.fileName, contentBase64: photo.contentBase64 });
          const where = saved.mapLinks ? `posisi ${saved.latitude?.toFixed(6) ?? ''}, ${saved.longitude?.toFixed(6) ?? ''}: ${saved.mapLinks.openStreetMap}` : 'tanpa posisi GPS';
          console.log(`Foto ${saved.fileName} disimpan (${where}${saved.takenAt ? `; diambil ${saved.takenAt.replace('T', ' ')}` : ''}).`);
        }
        return 0;
      });
    }
    return usage(action === undefined ? 'Sebutkan assign, list, form atau result.' : `Perintah groundcheck tidak dikenal: ${action.slice(0, 40)}`);
  },
};
