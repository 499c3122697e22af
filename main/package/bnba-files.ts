import Papa from 'papaparse';
import { BNBA_COLUMNS, bnbaRow } from '../../shared/package/schema';
import type { PackagePayload } from '../../shared/package/schema';

/** Spreadsheets execute cells that start like a formula; a leading apostrophe keeps them text. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function bnbaCsv(payload: PackagePayload): string {
  const rows = payload.proposals.map((p) => {
    const row = bnbaRow(p, payload.kelurahan);
    return BNBA_COLUMNS.map((c) => defuse(row[c]));
  });
  return `${Papa.unparse({ fields: [...BNBA_COLUMNS], data: rows }, { newline: '\r\n', quotes: true })}\r\n`;
}

/** The same table as XLSX, with NIK and No. KK stored as text so Excel never turns them into 3.57E+15. */
export async function bnbaXlsx(payload: PackagePayload): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = payload.generator;
  workbook.created = new Date(`${payload.meeting.date}T00:00:00Z`);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('BNBA');
  sheet.columns = BNBA_COLUMNS.map((c) => ({ header: c, key: c, width: c === 'NIK' || c === 'NO_KK' ? 20 : c === 'NAMA' || c === 'ALAMAT' || c === 'KETERANGAN' ? 32 : 14, style: { numFmt: '@' } }));
  for (const p of payload.proposals) sheet.addRow(BNBA_COLUMNS.map((c) => defuse(bnbaRow(p, payload.kelurahan)[c])));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function parseBnbaCsv(text: string): { rows: Record<string, string>[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/\r\n$/, ''), { header: true, skipEmptyLines: true });
  return { rows: parsed.data, errors: parsed.errors.map((e) => `baris ${(e.row ?? 0) + 2}: ${e.message}`) };
}
