import { formatRtRw } from '../format/address';
import { formatCount, formatDate } from '../format/date';
import { maskNumber } from '../format/nik-mask';
import { PROGRAMS } from '../household/options';
import type { ProgramCode } from '../household/options';
import { esc, footerTemplate } from '../minutes/html';
import { pageRule } from '../print/paper';
import type { PaperSize } from '../print/paper';
import { WORKLIST_CODES } from './worklist-schema';
import type { WorklistCounts, WorklistItem } from './worklist-schema';

export interface WorklistPrint {
  /** "Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang", or null before the settings are saved. */
  place: string | null;
  today: string;
  ruleSet: { code: string; decree: string };
  /** What the list was narrowed to, in words ("RW 3, kode PKH ditangguhkan"); '' for everything. */
  scope: string;
  counts: WorklistCounts;
  items: readonly WorklistItem[];
  paper: PaperSize;
  maskNumbers: boolean;
}

const MARGIN = '12mm 10mm 16mm 12mm';

const css = (paper: PaperSize) => `
${pageRule(paper, MARGIN)}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 13pt; margin: 0 0 2px; letter-spacing: 0.5px; }
.sub { margin: 0 0 8px; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 2px 3px; vertical-align: top; }
th { background: #e8e8e8; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.counts { width: auto; margin-bottom: 8px; }
.counts td:first-child { padding-right: 16px; }
.items { font-family: 'Arial Narrow', 'Liberation Sans Narrow', Arial, sans-serif; font-size: 7.5pt; table-layout: fixed; }
.mono { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 6.5pt; white-space: nowrap; }
.num, .center { text-align: center; }
.note { height: 9mm; }
`;

const programs = (codes: readonly ProgramCode[]) => (codes.length === 0 ? '–' : codes.map((p) => PROGRAMS.labels[p].replace(' (BPNT)', '')).join(', '));

/** The Daftar periksa for the field team: counts per code, then one row per item with room for the groundcheck note. */
export function worklistHtml(data: WorklistPrint): string {
  const kk = (n: string) => (data.maskNumbers ? maskNumber(n) : n);
  const counts = WORKLIST_CODES.codes
    .map((c) => `<tr><td>${esc(WORKLIST_CODES.labels[c])}</td><td class="num">${esc(formatCount(data.counts[c]))}</td></tr>`)
    .join('');
  const rows = data.items
    .map(
      (i, n) => `<tr>
<td class="num">${n + 1}</td><td>${esc(WORKLIST_CODES.labels[i.code])}</td><td class="mono">${esc(kk(i.kk))}</td><td>${esc(i.name)}</td>
<td>${esc(i.address)}</td><td class="mono">${esc(formatRtRw(i.rt, i.rw))}</td><td class="center">${i.desil ?? '–'}</td><td>${esc(programs(i.programs))}</td>
<td>${esc(i.message)}</td><td class="note"></td></tr>`,
    )
    .join('\n');
  const title = 'DAFTAR PERIKSA DTSEN';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title><style>${css(data.paper)}</style></head><body>
<h1>${title}</h1>
<p class="sub">${data.place ? `${esc(data.place)} · ` : ''}per ${esc(formatDate(data.today))} · ${esc(data.ruleSet.decree)}${data.scope ? ` · ${esc(data.scope)}` : ''}</p>
<table class="counts"><tbody>${counts}</tbody></table>
<table class="items">
<colgroup><col style="width:3.5%"><col style="width:8%"><col style="width:14.5%"><col style="width:11%"><col style="width:12%"><col style="width:7.5%"><col style="width:4%"><col style="width:8%"><col style="width:20%"><col style="width:11.5%"></colgroup>
<thead><tr><th>No</th><th>Alasan</th><th>No. KK</th><th>Kepala keluarga</th><th>Alamat</th><th>RT/RW</th><th>Desil</th><th>Program</th><th>Keterangan</th><th>Catatan groundcheck</th></tr></thead>
<tbody>${rows || '<tr><td colspan="10" class="center">Tidak ada keluarga dalam daftar periksa.</td></tr>'}</tbody>
</table>
</body></html>`;
}

export function worklistFooter(data: WorklistPrint): string {
  return footerTemplate(`Daftar Periksa DTSEN${data.place ? ` ${data.place}` : ''} · per ${formatDate(data.today)}`);
}
