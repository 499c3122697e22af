import { formatDate, formatLongDate } from '../format/date';
import { formatRtRw } from '../format/address';
import { formatTime, timeZoneOf } from '../format/time-zone';
import { UNSUR } from '../meeting/options';
import type { MinutesData } from './data';
import { esc, kopSurat, page } from './html';

/** Attendance list with a signature box per person, numbered, with the meeting's identity on top. */
export function daftarHadirHtml(data: MinutesData): string {
  const { meeting } = data;
  const rows = data.attendees
    .map((a, i) => {
      const rtRw = a.rt !== null && a.rw !== null ? formatRtRw(a.rt, a.rw) : a.rw !== null ? `RW ${String(a.rw).padStart(3, '0')}` : '-';
      return `<tr><td class="num">${i + 1}</td><td>${esc(a.name)}</td><td>${esc(UNSUR.labels[a.unsur])}</td><td class="center">${rtRw}</td>
<td class="sig ${i % 2 === 1 ? 'even' : ''}"><span>${i + 1}.</span></td><td>${a.present ? '' : 'Tidak hadir'}</td></tr>`;
    })
    .join('\n');
  const body = `
${kopSurat(data)}
<h1>DAFTAR HADIR MUSYAWARAH KELURAHAN</h1>
<p class="nomor">Berita Acara Nomor: ${esc(meeting.letterNumber)}</p>
<table class="meta">
<tr><td>Hari, tanggal</td><td>:</td><td>${esc(formatLongDate(meeting.date))}</td></tr>
<tr><td>Waktu</td><td>:</td><td>${formatTime(meeting.startTime)}${meeting.endTime ? ` – ${formatTime(meeting.endTime)}` : ''} ${timeZoneOf(meeting.kelurahanCode)}</td></tr>
<tr><td>Tempat</td><td>:</td><td>${esc(meeting.place)}</td></tr>
<tr><td>Acara</td><td>:</td><td>${esc(meeting.agenda)}</td></tr>
</table>
<table class="grid attendance fixed" aria-label="Daftar hadir">
<colgroup><col style="width:9mm"><col><col style="width:32mm"><col style="width:17mm"><col style="width:42mm"><col style="width:18mm"></colgroup>
<thead><tr><th>No</th><th>Nama</th><th>Unsur</th><th>RT/RW</th><th>Tanda tangan</th><th>Ket.</th></tr></thead>
<tbody>${rows || '<tr><td colspan="6" class="center">Belum ada peserta</td></tr>'}</tbody>
</table>
<div class="signatures"><div class="col"></div><div class="col"><p>${esc(data.settings.village.name)}, ${esc(formatDate(meeting.date))}<br>Lurah ${esc(data.settings.village.name)}</p>
<div class="sign"><div class="role"></div><div class="name">${esc(meeting.chairName)}</div><div>NIP. ${esc(meeting.chairNip || '-')}</div></div></div></div>
<div class="ident">ID musyawarah: ${esc(data.meetingCode)} · Kode dokumen: ${esc(data.documentCode)}</div>`;
  return page(`Daftar Hadir ${meeting.letterNumber}`, body, data.settings.paperSize);
}
