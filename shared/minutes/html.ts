import { PAPER, pageRule } from '../print/paper';
import type { PaperSize } from '../print/paper';
import type { MinutesData } from './data';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML; every value from the database goes through here. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const MARGIN = '18mm 18mm 20mm 22mm';

/** The documents' style sheet, for the office's paper; on screen (the preview) the body is drawn as that sheet. */
function printCss(paper: PaperSize): string {
  return `
${pageRule(paper, MARGIN)}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.45; color: #000; }
.kop { display: flex; align-items: center; gap: 12px; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 14px; }
.kop img { height: 78px; width: auto; }
.kop .kop-text { flex: 1; text-align: center; line-height: 1.25; }
.kop .l1 { font-size: 14pt; font-weight: bold; letter-spacing: 0.5px; }
.kop .l2 { font-size: 14pt; font-weight: bold; }
.kop .l3 { font-size: 16pt; font-weight: bold; letter-spacing: 1px; }
.kop .l4 { font-size: 10pt; }
.kop .spacer { width: 78px; }
h1 { font-size: 13pt; text-align: center; margin: 6px 0 0; text-decoration: underline; letter-spacing: 0.5px; }
.nomor { text-align: center; margin: 0 0 4px; }
.tentang { text-align: center; margin: 0 0 14px; font-weight: bold; }
p { margin: 0 0 8px; text-align: justify; }
.draft { border: 2px solid #b00; color: #b00; text-align: center; font-weight: bold; padding: 4px; margin-bottom: 10px; font-family: Arial, 'Liberation Sans', sans-serif; }
table { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2px 4px; vertical-align: top; }
table.grid th { background: #e8e8e8; font-weight: bold; text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; }
.center { text-align: center; }
.counts { font-size: 11pt; margin: 4px 0 12px; }
.counts tfoot td { font-weight: bold; }
.bnba { font-family: 'Arial Narrow', 'Liberation Sans Narrow', 'Liberation Sans', Arial, sans-serif; font-size: 8pt; line-height: 1.25; margin: 4px 0 12px; }
.bnba td.mono, .mono { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 7pt; white-space: nowrap; letter-spacing: -0.1px; }
.ident { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 8pt; color: #333; margin-top: 14px; border-top: 0.5pt solid #999; padding-top: 4px; }
.signatures { display: flex; justify-content: space-between; gap: 24px; margin-top: 18px; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.signatures .col { flex: 1; }
.sign { margin-bottom: 14px; break-inside: avoid; }
.sign .role { margin-bottom: 52px; }
.sign .name { font-weight: bold; text-decoration: underline; }
.right { text-align: right; }
.meta { margin-bottom: 8px; }
.meta td { padding: 1px 6px 1px 0; vertical-align: top; }
.meta td:first-child { white-space: nowrap; width: 28mm; }
table.fixed { table-layout: fixed; }
.closing { break-inside: avoid; page-break-inside: avoid; }
@media screen {
  html { background: #d9dde3; }
  body { width: ${PAPER[paper].widthMm}mm; min-height: ${PAPER[paper].heightMm}mm; margin: 16px auto; padding: ${MARGIN}; background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.25); }
}
.attendance td { height: 11mm; }
.attendance td.sig { width: 34%; position: relative; }
.attendance td.sig span { position: absolute; top: 2px; font-size: 8pt; }
.attendance td.sig.even span { left: 45%; }
`;
}

export function kopSurat(data: MinutesData): string {
  const v = data.settings.village;
  const government = v.regencyName.replace(/^Kota\s+/i, 'Kota ').replace(/^Kabupaten\s+/i, 'Kabupaten ');
  return `<header class="kop">
  ${data.logo ? `<img src="${data.logo}" alt="">` : '<div class="spacer"></div>'}
  <div class="kop-text">
    <div class="l1">PEMERINTAH ${esc(government.toUpperCase())}</div>
    <div class="l2">KECAMATAN ${esc(v.districtName.toUpperCase())}</div>
    <div class="l3">KELURAHAN ${esc(v.name.toUpperCase())}</div>
    <div class="l4">${esc(data.settings.officeAddress)}</div>
  </div>
  <div class="spacer"></div>
</header>`;
}

export function page(title: string, body: string, paper: PaperSize): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${printCss(paper)}</style></head><body>${body}</body></html>`;
}

/** Footer on every printed page (Chromium fills pageNumber and totalPages). */
export function footerTemplate(label: string): string {
  return `<div style="width:100%;font-family:Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#333;padding:0 18mm 0 22mm;display:flex;justify-content:space-between;">
<span>${esc(label)}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`;
}
