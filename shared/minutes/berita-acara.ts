import { formatDate } from '../format/date';
import { formatRtRw } from '../format/address';
import { maskNumber } from '../format/nik-mask';
import { terbilang, openingDate } from '../format/terbilang';
import { formatTime, timeZoneOf } from '../format/time-zone';
import { DECISIONS, PROPOSAL_KIND_SHORT, PROPOSAL_PROGRAMS, UNSUR } from '../meeting/options';
import type { ProposalView } from '../meeting/proposal-view';
import type { MinutesData } from './data';
import { esc, kopSurat, page } from './html';

const SIGNING_UNSUR = ['LPMK', 'TOKOH_MASYARAKAT', 'PKK', 'TKSK', 'RW'] as const;
const SIGNING_ROLE: Record<(typeof SIGNING_UNSUR)[number], string> = {
  LPMK: 'Ketua LPMK', TOKOH_MASYARAKAT: 'Tokoh masyarakat', PKK: 'Ketua TP PKK', TKSK: 'TKSK', RW: 'Ketua RW',
};

function attendanceSummary(data: MinutesData): string {
  const present = data.attendees.filter((a) => a.present);
  const byUnsur = UNSUR.codes
    .map((code) => [UNSUR.labels[code], present.filter((a) => a.unsur === code).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${esc(label)} ${n} orang`);
  return `<p>Musyawarah dipimpin oleh ${esc(data.meeting.chairName)} selaku Lurah ${esc(data.settings.village.name)} dan dihadiri oleh
${present.length} (${terbilang(present.length)}) orang peserta dari ${data.attendees.length} orang yang diundang, sebagaimana tercantum
dalam daftar hadir terlampir, terdiri atas unsur: ${byUnsur.join(', ') || '-'}.</p>`;
}

function countsTable(data: MinutesData): string {
  const rows = data.byKind
    .map((k) => `<tr><td>${esc(PROPOSAL_KIND_SHORT[k.kind])}</td><td class="num">${k.total}</td><td class="num">${k.approved}</td><td class="num">${k.rejected}</td><td class="num">${k.deferred}</td><td class="num">${k.undecided}</td><td class="num">${k.groundcheck}</td></tr>`)
    .join('');
  const sum = (pick: (k: MinutesData['byKind'][number]) => number) => data.byKind.reduce((n, k) => n + pick(k), 0);
  return `<table class="grid counts" aria-label="Rekapitulasi">
<thead><tr><th>Jenis usulan</th><th>Jumlah</th><th>Disetujui</th><th>Ditolak</th><th>Ditunda</th><th>Belum diputuskan</th><th>Perlu groundcheck</th></tr></thead>
<tbody>${rows || '<tr><td colspan="7" class="center">Tidak ada usulan</td></tr>'}</tbody>
<tfoot><tr><td>Jumlah</td><td class="num">${sum((k) => k.total)}</td><td class="num">${sum((k) => k.approved)}</td><td class="num">${sum((k) => k.rejected)}</td><td class="num">${sum((k) => k.deferred)}</td><td class="num">${sum((k) => k.undecided)}</td><td class="num">${sum((k) => k.groundcheck)}</td></tr></tfoot>
</table>`;
}

function person(p: ProposalView): { nik: string; name: string } {
  const member = p.memberId === null ? null : p.household.members.find((m) => m.id === p.memberId);
  return member ? { nik: member.nik, name: member.name } : { nik: p.household.headNik, name: p.household.headName };
}

function remark(p: ProposalView): string {
  const forMember = p.memberId !== null && person(p).name !== p.household.headName;
  return [p.decisionNote, p.groundcheck ? 'Perlu groundcheck' : '', forMember ? `KK a.n. ${p.household.headName}` : '']
    .filter(Boolean)
    .join('; ');
}

function bnbaTable(data: MinutesData): string {
  const masked = data.settings.nikDisplay === 'MASKED';
  const show = (n: string) => (masked ? maskNumber(n) : n);
  const rows = data.proposals
    .map((p, i) => {
      const who = person(p);
      const programs = p.programs.map((c) => PROPOSAL_PROGRAMS.labels[c].replace(' (BPNT)', '').replace('Program kesejahteraan sosial lainnya', 'Lainnya')).join(', ');
      return `<tr><td class="num">${i + 1}</td><td class="mono">${esc(show(who.nik))}</td><td class="mono">${esc(show(p.household.noKk))}</td><td>${esc(who.name)}</td>
<td>${esc(p.household.address)}, RT/RW ${formatRtRw(p.household.rt, p.household.rw)}</td><td>${esc(PROPOSAL_KIND_SHORT[p.kind])}</td><td>${esc(programs || '-')}</td>
<td>${p.decision ? esc(DECISIONS.labels[p.decision]) : 'Belum diputuskan'}</td><td>${esc(remark(p))}</td></tr>`;
    })
    .join('\n');
  return `<table class="grid bnba fixed" aria-label="Daftar usulan">
<colgroup><col style="width:6mm"><col style="width:26.5mm"><col style="width:26.5mm"><col style="width:24mm"><col style="width:28mm"><col style="width:16mm"><col style="width:13mm"><col style="width:14mm"><col></colgroup>
<thead><tr><th>No</th><th>NIK</th><th>No. KK</th><th>Nama</th><th>Alamat RT/RW</th><th>Jenis Usulan</th><th>Program</th><th>Keputusan</th><th>Keterangan</th></tr></thead>
<tbody>${rows || '<tr><td colspan="9" class="center">Tidak ada usulan</td></tr>'}</tbody>
</table>`;
}

function signatures(data: MinutesData): string {
  const reps = SIGNING_UNSUR.flatMap((u) => data.attendees.filter((a) => a.present && a.unsur === u)).slice(0, 3);
  const repBlocks = reps.length > 0
    ? reps.map((a) => `<div class="sign"><div class="role">${esc(SIGNING_ROLE[a.unsur as (typeof SIGNING_UNSUR)[number]])}${a.rw !== null && a.unsur === 'RW' ? ` ${String(a.rw).padStart(2, '0')}` : ''},</div><div class="name">${esc(a.name)}</div></div>`).join('')
    : '<div class="sign"><div class="role">Perwakilan masyarakat,</div><div class="name">(....................................)</div></div>';
  const v = data.settings.village;
  return `<div class="signatures">
  <div class="col"><p>Yang menyatakan,<br>Perwakilan masyarakat:</p>${repBlocks}</div>
  <div class="col"><p class="right-block">${esc(v.name)}, ${formatDate(data.meeting.date)}<br>Mengetahui,<br>Lurah ${esc(v.name)}</p>
    <div class="sign"><div class="role"></div><div class="name">${esc(data.meeting.chairName)}</div><div>NIP. ${esc(data.meeting.chairNip || '-')}</div></div>
    <div class="sign"><div class="role">Notulis,</div><div class="name">${esc(data.meeting.secretaryName)}</div><div>NIP. ${esc(data.meeting.secretaryNip || '-')}</div></div>
  </div>
</div>`;
}

/** The berita acara as kelurahan offices write it; the preview, the printer and the PDF all use this HTML. */
export function beritaAcaraHtml(data: MinutesData): string {
  const { meeting, settings } = data;
  const v = settings.village;
  const zone = timeZoneOf(meeting.kelurahanCode);
  const time = `pukul ${formatTime(meeting.startTime)}${meeting.endTime ? ` sampai dengan ${formatTime(meeting.endTime)}` : ''} ${zone}`;
  const total = data.proposals.length;
  const body = `
${meeting.status === 'SELESAI' ? '' : '<div class="draft">DRAF — musyawarah belum selesai; isi dapat berubah</div>'}
${kopSurat(data)}
<h1>BERITA ACARA MUSYAWARAH KELURAHAN</h1>
<p class="nomor">Nomor: ${esc(meeting.letterNumber)}</p>
<p class="tentang">tentang<br>Usulan Pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN)<br>dan Usulan Penerima Bantuan Sosial</p>
<p>${openingDate(meeting.date)}, bertempat di ${esc(meeting.place)}, ${time}, telah dilaksanakan Musyawarah Kelurahan
${esc(v.name)}, Kecamatan ${esc(v.districtName)}, ${esc(v.regencyName)}, dengan acara: ${esc(meeting.agenda)}</p>
${attendanceSummary(data)}
<p>Musyawarah membahas ${total} (${terbilang(total)}) usulan dan menyepakati hasil sebagai berikut:</p>
${countsTable(data)}
<p>Daftar nama dan alamat (by name by address) seluruh usulan beserta keputusan musyawarah:</p>
${bnbaTable(data)}
<p>Usulan yang disetujui diteruskan kepada Dinas Sosial untuk diverifikasi dan dimasukkan ke dalam SIKS-NG; usulan yang
ditandai perlu groundcheck dimohonkan verifikasi lapangan.</p>
<div class="closing">
<p>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</p>
${signatures(data)}
</div>
<div class="ident">ID musyawarah: ${esc(data.meetingCode)} · Kode dokumen: ${esc(data.documentCode)}${data.keyId ? ` · Kunci penanda tangan paket: ${esc(data.keyId)}` : ''} · Kepala catatan audit: ${esc(data.auditHead)}</div>`;
  return page(`Berita Acara ${meeting.letterNumber}`, body, data.settings.paperSize);
}
