import { worklistFooter, worklistHtml } from '../../shared/dtsen/worklist-html';
import { WORKLIST_CODES } from '../../shared/dtsen/worklist-schema';
import type { WorklistFilter } from '../../shared/dtsen/worklist-schema';
import { PROGRAMS } from '../../shared/household/options';
import { DEFAULT_PAPER_SIZE } from '../../shared/print/paper';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { getSettings } from './settings';
import { filterWorklist, worklist, worklistItems } from './worklist';
import { worklistXlsx } from './worklist-xlsx';

/** More rows than a field team carries on paper; the screen's filters narrow the list first. */
const MAX_PRINTED = 3000;

/** daftar-periksa-<kode kelurahan>-<YYYYMMDD>.<ext> */
function fileName(code: string | undefined, today: string, ext: string): string {
  return `daftar-periksa-${code ? `${code}-` : ''}${today.replaceAll('-', '')}.${ext}`;
}

/** The filter in words for the printout's heading. */
function scopeOf(filter: WorklistFilter): string {
  return [
    filter.rw === null ? '' : `RW ${filter.rw}`,
    filter.rt === null ? '' : `RT ${filter.rt}`,
    filter.program === null ? '' : `program ${PROGRAMS.labels[filter.program]}`,
    filter.codes.length === 0 ? '' : filter.codes.map((c) => WORKLIST_CODES.labels[c]).join(', '),
  ].filter(Boolean).join(' · ');
}

export async function worklistXlsxFile(ctx: ServiceContext, filter: WorklistFilter): Promise<{ fileName: string; content: Buffer }> {
  const { today, rules, items } = worklist(ctx);
  const kept = worklistItems(ctx, filterWorklist(items, filter).entries, rules);
  const settings = await getSettings(ctx);
  return { fileName: fileName(settings?.kelurahanCode, today, 'xlsx'), content: await worklistXlsx(kept, ctx.now()) };
}

/** The list as the field team prints it, on the office's paper, through the same PDF port as the berita acara. */
export async function worklistPdfFile(ctx: ServiceContext, filter: WorklistFilter): Promise<{ fileName: string; content: Buffer }> {
  const { today, rules, items } = worklist(ctx);
  const { counts, entries } = filterWorklist(items, filter);
  if (entries.length > MAX_PRINTED) {
    throw new AppError('INVALID_INPUT', `Daftar terlalu panjang untuk dicetak (${entries.length} baris, paling banyak ${MAX_PRINTED}). Saring per RW, RT, kode atau program terlebih dahulu, atau unduh sebagai XLSX.`, 'filter');
  }
  const settings = await getSettings(ctx);
  const v = settings?.village;
  const data = {
    place: v ? `Kelurahan ${v.name}, Kecamatan ${v.districtName}, ${v.regencyName}` : null,
    today, ruleSet: { code: rules.code, decree: rules.decree }, scope: scopeOf(filter), counts,
    items: worklistItems(ctx, entries, rules), paper: settings?.paperSize ?? DEFAULT_PAPER_SIZE, maskNumbers: settings?.nikDisplay === 'MASKED',
  };
  const pdf = await ctx.pdf.render(worklistHtml(data), { footerTemplate: worklistFooter(data), paper: data.paper });
  return { fileName: fileName(settings?.kelurahanCode, today, 'pdf'), content: pdf };
}
