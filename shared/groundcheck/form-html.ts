import { formatRtRw } from '../format/address';
import { formatDate, formatLongDate } from '../format/date';
import {
  ASSETS, COOKING_FUELS, FLOORS, LIGHTINGS, PROGRAMS, ROOFS, TENURES, TOILETS, WALLS, WATER_SOURCES,
} from '../household/options';
import { DEACTIVATION_REASONS, DECISIONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../meeting/options';
import type { Decision, ProposalKind, ProposalProgram } from '../meeting/options';
import { esc } from '../minutes/html';
import { PAPER, pageRule } from '../print/paper';
import type { PaperSize } from '../print/paper';
import { GROUNDCHECK_RESULTS } from './schema';
import type { GroundcheckResultCode } from './schema';

/** One family's form: the proposal as its kelurahan sent it, with the findings across kelurahan and the assignment. */
export interface GroundcheckFormFamily {
  proposalId: number;
  kelurahanCode: string;
  kelurahanName: string;
  kecamatanName: string;
  meetingDate: string;
  letterNumber: string;
  no: number;
  nik: string;
  noKk: string;
  name: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  kind: ProposalKind;
  programs: readonly ProposalProgram[];
  currentPrograms: readonly string[];
  deactivationReason: string | null;
  reason: string;
  decision: Decision;
  note: string;
  flagged: boolean;
  crossChecks: readonly string[];
  officer: string | null;
  plannedDate: string | null;
}

export interface GroundcheckFormData {
  office: { officeName: string; officeAddress: string; regencyName: string; paperSize: PaperSize };
  printedOn: string;
  families: readonly GroundcheckFormFamily[];
}

/** What the officer looks at for each kind of proposal. */
export const CHECK_FOCUS: Readonly<Record<ProposalKind, string>> = {
  BARU: 'Keberadaan keluarga di alamat dan kondisi sosial ekonominya untuk didaftarkan ke DTSEN.',
  PERBAIKAN_DATA: 'Kebenaran data keluarga yang diusulkan untuk diperbaiki (nama, alamat, anggota keluarga, kondisi rumah).',
  PENINJAUAN_DESIL: 'Kesesuaian desil dengan kondisi rumah, aset dan penghasilan keluarga (kesalahan inklusi atau eksklusi).',
  USULAN_PROGRAM: 'Kelayakan keluarga untuk program bantuan yang diusulkan.',
  PENONAKTIFAN: 'Kebenaran alasan penonaktifan: meninggal dunia, pindah domisili, atau sudah mampu (graduasi).',
  DAFTAR_ULANG: 'Keberadaan dan kelayakan keluarga yang mendaftar ulang setelah dikeluarkan dari daftar.',
  SANGGAHAN: 'Kebenaran sanggahan warga terhadap penerima bantuan: kondisi nyata keluarga yang disanggah.',
};

/** The result options as the form explains them. */
export const RESULT_HINTS: Readonly<Record<GroundcheckResultCode, string>> = {
  LAYAK: 'keluarga ditemukan, kondisi sesuai usulan',
  TIDAK_LAYAK: 'keluarga ditemukan, kondisi tidak sesuai usulan atau sudah mampu',
  TIDAK_DITEMUKAN: 'keluarga tidak ditemukan di alamat',
  PINDAH: 'keluarga pindah domisili',
  MENINGGAL: 'yang diusulkan meninggal dunia',
  DATA_GANDA: 'bagian dari keluarga lain atau terdaftar dua kali',
};

const HOUSE: readonly { label: string; options: { codes: readonly string[]; labels: Readonly<Record<string, string>> } }[] = [
  { label: 'Lantai terluas', options: FLOORS },
  { label: 'Dinding terluas', options: WALLS },
  { label: 'Atap terluas', options: ROOFS },
  { label: 'Sumber air minum', options: WATER_SOURCES },
  { label: 'Sumber penerangan', options: LIGHTINGS },
  { label: 'Bahan bakar memasak', options: COOKING_FUELS },
  { label: 'Fasilitas buang air besar', options: TOILETS },
  { label: 'Status bangunan', options: TENURES },
  { label: 'Status lahan', options: TENURES },
];

const MARGIN = '9mm 12mm 12mm 14mm';
/** Ruled lines for the officer's notes: F4 is 33 mm longer than A4. */
const NOTE_LINES: Readonly<Record<PaperSize, number>> = { A4: 3, F4: 8 };

function css(paper: PaperSize): string {
  return `
${pageRule(paper, MARGIN)}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8.4pt; line-height: 1.28; color: #000; }
.form { break-after: page; page-break-after: always; }
.form:last-child { break-after: auto; page-break-after: auto; }
.kop { display: flex; align-items: center; border-bottom: 3px double #000; padding-bottom: 3px; margin-bottom: 4px; font-family: 'Times New Roman', 'Liberation Serif', serif; }
.kop .kop-text { flex: 1; text-align: center; line-height: 1.2; }
.kop .l1 { font-size: 12pt; font-weight: bold; }
.kop .l2 { font-size: 13pt; font-weight: bold; letter-spacing: 0.5px; }
.kop .l3 { font-size: 9pt; }
.head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; margin-bottom: 2px; }
h1 { font-size: 11pt; margin: 0; letter-spacing: 0.3px; }
.sub { font-size: 8pt; }
.idbox { border: 1.2pt solid #000; padding: 2px 6px; text-align: center; font-weight: bold; white-space: nowrap; }
.idbox .big { font-size: 12pt; }
h2 { font-size: 8.6pt; margin: 4px 0 2px; padding: 1px 4px; background: #e6e6e6; border-left: 3pt solid #000; }
table { border-collapse: collapse; width: 100%; }
.facts td { padding: 0 4px 0 0; vertical-align: top; }
.facts td.k { white-space: nowrap; width: 32mm; color: #222; }
.facts td.sep { width: 2mm; }
.mono { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 9pt; letter-spacing: 0.3px; }
.name { font-weight: bold; font-size: 10pt; }
.cross { margin: 0; padding-left: 14px; }
.cross li { margin: 0; }
.warn { font-weight: bold; }
.blank { display: inline-block; border-bottom: 0.6pt dotted #000; min-width: 26mm; height: 10pt; vertical-align: bottom; }
.blank.short { min-width: 11mm; }
.blank.wide { min-width: 55mm; }
.ticks { font-size: 7.9pt; line-height: 1.25; }
.ticks td { border: 0.5pt solid #777; padding: 1px 3px; vertical-align: top; }
.ticks td.k { width: 31mm; font-weight: bold; background: #f4f4f4; }
.opt { display: inline-block; margin: 0 8px 0 0; white-space: nowrap; }
.box { display: inline-block; width: 3mm; height: 3mm; border: 0.8pt solid #000; vertical-align: -0.6mm; margin-right: 3px; background: #fff; }
.results { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; }
.results .opt { white-space: normal; margin: 0; }
.desil .opt { margin-right: 7px; }
.lines div { border-bottom: 0.6pt solid #777; height: 5.5mm; }
.signs { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 10px; margin-top: 2px; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.signs .role { min-height: 17mm; }
.signs .line { border-top: 0.6pt solid #000; padding-top: 1px; font-size: 8pt; }
.place { text-align: right; margin-top: 3px; }
@media screen {
  html { background: #d9dde3; }
  .form { width: ${PAPER[paper].widthMm}mm; min-height: ${PAPER[paper].heightMm}mm; margin: 16px auto; padding: ${MARGIN}; background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.25); }
}
`;
}

const box = (label: string) => `<span class="opt"><span class="box"></span>${esc(label)}</span>`;
const fact = (key: string, value: string) => `<tr><td class="k">${esc(key)}</td><td class="sep">:</td><td>${value}</td></tr>`;
const blank = (kind = '') => `<span class="blank ${kind}"></span>`;

function programList(codes: readonly string[]): string {
  if (codes.length === 0) return '-';
  const labels: Readonly<Record<string, string>> = { ...PROGRAMS.labels, ...PROPOSAL_PROGRAMS.labels };
  return esc(codes.map((c) => labels[c] ?? c).join(', '));
}

function deactivation(reason: string | null): string | null {
  if (!reason) return null;
  const labels: Readonly<Record<string, string>> = DEACTIVATION_REASONS.labels;
  return labels[reason] ?? reason;
}

/** "Kota Malang" -> "Malang": the place before the date on a signed form. */
const placeOf = (regencyName: string) => regencyName.replace(/^(Kota|Kabupaten)\s+/i, '');

function familyForm(data: GroundcheckFormData, f: GroundcheckFormFamily): string {
  const government = data.office.regencyName;
  const reasonOut = deactivation(f.deactivationReason);
  const cross = f.crossChecks.length === 0
    ? 'Tidak ada'
    : `<ul class="cross">${f.crossChecks.map((c) => `<li class="warn">${esc(c)}</li>`).join('')}</ul>`;
  const house = HOUSE.map((h) => `<tr><td class="k">${esc(h.label)}</td><td>${h.options.codes.map((c) => box(h.options.labels[c] ?? c)).join('')}</td></tr>`).join('\n');
  const results = GROUNDCHECK_RESULTS.codes.map((c) => `<span class="opt"><span class="box"></span><b>${esc(GROUNDCHECK_RESULTS.labels[c])}</b>: ${esc(RESULT_HINTS[c])}</span>`).join('');
  const desil = Array.from({ length: 10 }, (_, i) => box(String(i + 1))).join('');
  return `<section class="form" aria-label="Formulir groundcheck usulan ${f.proposalId}">
<header class="kop"><div class="kop-text">
  <div class="l1">PEMERINTAH ${esc(government.toUpperCase())}</div>
  <div class="l2">${esc(data.office.officeName.toUpperCase())}</div>
  <div class="l3">${esc(data.office.officeAddress)}</div>
</div></header>
<div class="head">
  <div><h1>FORMULIR VERIFIKASI LAPANGAN (GROUNDCHECK)</h1>
  <div class="sub">Usulan DTSEN hasil Musyawarah Kelurahan ${esc(f.kelurahanName)} tanggal ${esc(formatDate(f.meetingDate))}, Berita Acara Nomor ${esc(f.letterNumber)}, usulan nomor ${f.no}</div></div>
  <div class="idbox">ID USULAN<div class="big">${f.proposalId}</div></div>
</div>

<h2>A. IDENTITAS KELUARGA</h2>
<table class="facts">
${fact('Nama yang diusulkan', `<span class="name">${esc(f.name)}</span>`)}
${fact('NIK / No. KK', `<span class="mono">${esc(f.nik)}</span> &nbsp;/&nbsp; <span class="mono">${esc(f.noKk)}</span>`)}
${fact('Alamat', `${esc(f.address)}, RT/RW ${formatRtRw(f.rt, f.rw)}`)}
${fact('Kelurahan / Kecamatan', `${esc(f.kelurahanName)} / ${esc(f.kecamatanName)} (kode ${esc(f.kelurahanCode)})`)}
${fact('Di lapangan', `anggota keluarga ${blank('short')} jiwa; keluarga dalam satu rumah ${blank('short')} KK`)}
${fact('Koordinat rumah', `lintang ${blank()} bujur ${blank()} (bila tidak tercatat pada foto)`)}
</table>

<h2>B. YANG DIPERIKSA DAN ALASANNYA</h2>
<table class="facts">
${fact('Jenis usulan', `<b>${esc(PROPOSAL_KINDS.labels[f.kind])}</b>. ${esc(CHECK_FOCUS[f.kind])}`)}
${fact('Program diusulkan', `${programList(f.programs)}; program yang diterima saat ini: ${programList(f.currentPrograms)}`)}
${fact('Desil DTSEN saat ini', f.desil === null ? 'belum ada di DTSEN' : String(f.desil))}
${reasonOut ? fact('Alasan penonaktifan', esc(reasonOut)) : ''}
${fact('Alasan dari kelurahan', esc(f.reason || '-'))}
${fact('Keputusan musyawarah', `${esc(DECISIONS.labels[f.decision])}${f.flagged ? ', <b>perlu groundcheck</b>' : ''}${f.note ? `; catatan: ${esc(f.note)}` : ''}`)}
${fact('Temuan lintas kelurahan', cross)}
</table>

<h2>C. PENUGASAN</h2>
<table class="facts">
${fact('Petugas', f.officer ? `<b>${esc(f.officer)}</b>` : blank('wide'))}
${fact('Tanggal rencana', f.plannedDate ? esc(formatLongDate(f.plannedDate)) : blank('wide'))}
${fact('Tanggal pemeriksaan', `${blank('wide')} &nbsp; pukul ${blank('short')}`)}
</table>

<h2>D. KONDISI RUMAH DAN ASET (centang yang sesuai)</h2>
<table class="ticks">
${house}
<tr><td class="k">Aset (boleh lebih dari satu)</td><td>${ASSETS.codes.map((c) => box(ASSETS.labels[c])).join('')}</td></tr>
<tr><td class="k">Foto yang diambil</td><td>${box('Rumah tampak depan')}${box('Rumah bagian dalam')}${box('Kepala keluarga di depan rumah')}${box('Lainnya')}</td></tr>
</table>

<h2>E. HASIL VERIFIKASI (centang satu)</h2>
<div class="results">${results}</div>
<div class="desil" style="margin-top:3px"><b>Desil yang disarankan</b> (bila keluarga ditemukan): ${desil}</div>

<h2>F. CATATAN PETUGAS</h2>
<div class="lines">${'<div></div>'.repeat(NOTE_LINES[data.office.paperSize])}</div>

<div class="place">${esc(placeOf(government))}, ${blank('wide')}</div>
<div class="signs">
  <div><div class="role">Petugas Groundcheck</div><div class="line">${f.officer ? esc(f.officer) : 'nama jelas'}</div></div>
  <div><div class="role">Kepala Keluarga / Yang Diperiksa</div><div class="line">nama jelas</div></div>
  <div><div class="role">Saksi (Ketua RT/RW ${formatRtRw(f.rt, f.rw)})</div><div class="line">nama jelas</div></div>
</div>
</section>`;
}

/** One form per family, a page each, on the office's paper: a day's round printed at once. */
export function groundcheckFormHtml(data: GroundcheckFormData): string {
  const body = data.families.map((f) => familyForm(data, f)).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Formulir Groundcheck</title><style>${css(data.office.paperSize)}</style></head><body>${body}</body></html>`;
}

/** Footer on every page: the office, the day it was printed, the page. */
export function groundcheckFormFooter(data: GroundcheckFormData): string {
  return `<div style="width:100%;font-family:Arial,'Liberation Sans',sans-serif;font-size:7pt;color:#333;padding:0 13mm 0 15mm;display:flex;justify-content:space-between;">
<span>Formulir groundcheck · ${esc(data.office.officeName)} · dicetak ${esc(formatDate(data.printedOn))}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`;
}
