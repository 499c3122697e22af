import { WORKLIST_CODES } from '../../shared/dtsen/worklist-schema';
import type { WorklistItem } from '../../shared/dtsen/worklist-schema';
import { PROGRAMS } from '../../shared/household/options';
import type { ProgramCode } from '../../shared/household/options';
import { defuse } from '../package/bnba-files';

const programs = (codes: readonly ProgramCode[]) => codes.map((p) => PROGRAMS.labels[p]).join(', ');

const COLUMNS: readonly { header: string; width: number; value: (item: WorklistItem, no: number) => string | number }[] = [
  { header: 'No', width: 6, value: (_item, no) => no },
  { header: 'Kode', width: 24, value: (i) => i.code },
  { header: 'Alasan', width: 26, value: (i) => WORKLIST_CODES.labels[i.code] },
  { header: 'No. KK', width: 20, value: (i) => i.kk },
  { header: 'Kepala keluarga', width: 28, value: (i) => defuse(i.name) },
  { header: 'Alamat', width: 32, value: (i) => defuse(i.address) },
  { header: 'RT', width: 6, value: (i) => i.rt },
  { header: 'RW', width: 6, value: (i) => i.rw },
  { header: 'Desil', width: 7, value: (i) => i.desil ?? '' },
  { header: 'Program diterima', width: 24, value: (i) => programs(i.programs) },
  { header: 'Program terkait', width: 24, value: (i) => programs(i.concerns) },
  { header: 'Keterangan', width: 80, value: (i) => defuse(i.message) },
];

/** The Daftar periksa for the field team as one sheet; No. KK stays text so Excel never turns it into 3.57E+15. */
export async function worklistXlsx(items: readonly WorklistItem[], created: Date): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Muskel';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet('Daftar periksa');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.header === 'No. KK' ? { numFmt: '@' } : {} }));
  items.forEach((item, i) => sheet.addRow(COLUMNS.map((c) => c.value(item, i + 1))));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
