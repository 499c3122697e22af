import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_FIELDS } from '../../../shared/dtsen/columns';
import type { ColumnMapping, ImportResult } from '../../../shared/dtsen/import-result';
import { problemText } from '../../../shared/dtsen/problem-text';
import { formatCount } from '../../../shared/format/date';
import { importExtract } from '../../services/dtsen/import-extract';
import type { CliCommand } from './cli-command';
import { CliFailure } from './cli-command';
import { withData } from './data-context';

const IGNORE = 'abaikan';

/** "Kolom Asli=nik" → { 'Kolom Asli': 'nik' }; the field name is case-free, "abaikan" leaves the column out. */
export function parseMappings(pairs: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    const header = pair.slice(0, at);
    const name = pair.slice(at + 1).trim();
    const field = IMPORT_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
    if (at <= 0 || (field === undefined && name.toLowerCase() !== IGNORE)) {
      throw new CliFailure(`--map "${pair}" tidak dapat dibaca: tulis "JUDUL KOLOM=kolom", kolom salah satu dari ${IMPORT_FIELDS.join(', ')} atau ${IGNORE}.`, 2);
    }
    mapping[header] = field ?? null;
  }
  return mapping;
}

/** The JSON the issue fixes: counts, errors and warnings, nothing else. */
export function importJson(result: ImportResult): string {
  return JSON.stringify({ families: result.families, members: result.members, errors: result.errors, warnings: result.warnings });
}

function printSummary(result: ImportResult): void {
  const n = formatCount;
  console.log(`Berkas: ${result.fileName} (SHA-256 ${result.sha256})`);
  console.log(`Bentuk: ${result.shape === 'REGISTER' ? 'ekstrak data DTSEN per orang' : 'pembaruan desil'}; ${n(result.rows)} baris data`);
  const f = result.families;
  console.log(`Keluarga: ${n(f.new)} baru, ${n(f.changed)} berubah, ${n(f.unchanged)} tidak berubah, ${n(f.missing)} terdaftar tetapi tidak ada di berkas`);
  const m = result.members;
  console.log(`Anggota: ${n(m.new)} baru, ${n(m.changed)} berubah, ${n(m.unchanged)} tidak berubah`);
  for (const change of result.changed) console.log(`  No. KK ${change.noKk}: berubah ${change.changes.join(', ')}`);
  if (result.errors.length > 0) console.log(`Kesalahan (${n(result.errors.length)}):`);
  for (const problem of result.errors) console.log(`  ${problemText(problem)}`);
  if (result.warnings.length > 0) console.log(`Peringatan (${n(result.warnings.length)}):`);
  for (const problem of result.warnings) console.log(`  ${problemText(problem)}`);
  if (result.skippedFamilies > 0) console.log(`Dilewati: ${n(result.skippedFamilies)} keluarga dengan baris bermasalah`);
}

function verdict(result: ImportResult): string {
  if (result.written) return 'Impor selesai dan tersimpan.';
  if (result.errors.length > 0) return 'DITOLAK: tidak ada yang disimpan. Perbaiki baris yang disebut, atau ulangi dengan --skip-invalid untuk melewati keluarganya.';
  return 'Pemeriksaan saja (--dry-run): tidak ada yang disimpan; berkas dapat diimpor.';
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'muskel import BERKAS [--sheet NAMA] [--map "JUDUL KOLOM=kolom"]... [--dry-run] [--skip-invalid] [--json] [--data-dir DIR]',
  summary: 'Mengimpor data DTSEN (CSV/TXT atau XLSX, satu baris per orang) atau lembar pembaruan desil ke daftar keluarga',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' }, map: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' },
        json: { type: 'boolean' }, 'data-dir': { type: 'string' },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const mapping = parseMappings(values.map ?? []);
    return withData(values['data-dir'], async (ctx) => {
      const result = await importExtract(ctx, {
        source: resolve(file), fileName: basename(file), sheet: values.sheet, mapping, dryRun: values['dry-run'] ?? false, skipInvalid: values['skip-invalid'] ?? false,
      });
      if (values.json) console.log(importJson(result));
      else {
        printSummary(result);
        console.log(verdict(result));
      }
      return result.errors.length === 0 || result.written ? 0 : 1;
    });
  },
};
