import { dateIn, timeZoneOf } from '../../../shared/format/time-zone';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import { PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../../../shared/meeting/options';
import type { ProposalProgram } from '../../../shared/meeting/options';
import type { SiksNgDbRow } from '../../db/answer-mapping';
import { selectAcceptedProposals } from '../../db/answer-queries';
import { defuse } from '../../package/bnba-files';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';

const TEXT = { numFmt: '@' };
const COLUMNS: readonly { header: string; width: number; text?: boolean; value: (r: SiksNgDbRow, no: number) => string | number }[] = [
  { header: 'NO', width: 5, value: (_r, no) => no },
  { header: 'NIK', width: 19, text: true, value: (r) => r.nik },
  { header: 'NO_KK', width: 19, text: true, value: (r) => r.no_kk },
  { header: 'NAMA', width: 26, value: (r) => defuse(r.name) },
  { header: 'ALAMAT', width: 30, value: (r) => defuse(r.address) },
  { header: 'RT', width: 5, value: (r) => r.rt },
  { header: 'RW', width: 5, value: (r) => r.rw },
  { header: 'KODE_KELURAHAN', width: 15, text: true, value: (r) => r.kelurahan_code },
  { header: 'KELURAHAN', width: 16, value: (r) => r.kelurahan_name },
  { header: 'KECAMATAN', width: 16, value: (r) => r.kecamatan_name },
  { header: 'DESIL', width: 7, value: (r) => r.desil ?? '' },
  { header: 'PROGRAM', width: 18, value: (r) => (JSON.parse(r.programs) as ProposalProgram[]).map((p) => PROPOSAL_PROGRAMS.labels[p]).join(', ') },
  { header: 'STATUS_DINSOS', width: 22, value: (r) => DINSOS_STATUSES.labels[r.dinsos_status] },
  { header: 'CATATAN', width: 36, value: (r) => defuse(r.dinsos_note) },
];

/**
 * The proposals Dinsos accepted, one sheet per kind of proposal, laid out for an operator to type into SIKS-NG:
 * NIK, No. KK and codes stay text, headers repeat on every printed page, and the sheet fits the width of whatever
 * paper the printer holds (A4 or F4: exceljs cannot name F4, so no paper size is written).
 */
export async function siksNgSheets(ctx: ServiceContext): Promise<{ fileName: string; contentBase64: string; rows: number }> {
  const office = await requireDinsosOffice(ctx);
  const rows = selectAcceptedProposals(ctx.db);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Muskel';
  workbook.created = ctx.now();
  workbook.modified = ctx.now();
  for (const kind of PROPOSAL_KINDS.codes) {
    const ofKind = rows.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const sheet = workbook.addWorksheet(PROPOSAL_KINDS.labels[kind].slice(0, 31), {
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.text ? TEXT : {} }));
    ofKind.forEach((r, i) => sheet.addRow(COLUMNS.map((c) => c.value(r, i + 1))));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  if (rows.length === 0) workbook.addWorksheet('Belum ada').addRow(['Belum ada usulan yang diterima Dinsos.']);
  const day = dateIn(timeZoneOf(office.regionCode), ctx.now()).replaceAll('-', '');
  return { fileName: `siks-ng-${office.regionCode}-${day}.xlsx`, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'), rows: rows.length };
}
