import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttendee } from '../../../../main/services/attendance';
import { createHousehold } from '../../../../main/services/households';
import { closeMeeting, createMeeting, startMeeting } from '../../../../main/services/meetings';
import { minutesHtml, minutesPdf } from '../../../../main/services/minutes';
import { addProposal, decide } from '../../../../main/services/proposals';
import { saveSettings } from '../../../../main/services/settings';
import { DEMO_SETTINGS } from '../../../../main/services/demo';
import type { Decision } from '../../../../shared/meeting/options';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';
import { pageSizesMm } from '../../../fixtures/pdf-pages';

const FIRST = ['Sutrisno', 'Wahyuni', 'Mulyono', 'Kasiyem', 'Suparmi', 'Bambang', 'Tukiyem', 'Slamet', 'Sumiati', 'Paidi'];
const DECISIONS: readonly Decision[] = ['DISETUJUI', 'DITOLAK', 'DITUNDA'];

let ctx: TestContext;
const names: string[] = [];
let meetingId: number;

/** `layout` keeps table rows on one line; reading order keeps a cell's wrapped lines together. */
async function pdfText(document: 'BERITA_ACARA' | 'DAFTAR_HADIR', layout = true): Promise<{ file: string; pages: string[] }> {
  const { pdf } = await minutesPdf(ctx, meetingId, document);
  const file = join(ctx.dataDir, `${document}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  return { file, pages: text.split('\f').filter((p) => p.trim() !== '') };
}

beforeAll(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
  const meeting = await createMeeting(ctx, aMeeting({ date: '2026-11-27' }));
  meetingId = meeting.id;
  addAttendee(ctx, meetingId, { name: DEMO_SETTINGS.lurahName, unsur: 'LURAH', rt: null, rw: null, phone: null, present: true });
  addAttendee(ctx, meetingId, { name: 'Hartono Wibisono', unsur: 'LPMK', rt: null, rw: null, phone: null, present: true });
  addAttendee(ctx, meetingId, { name: 'Suparno Adi', unsur: 'RT', rt: 3, rw: 5, phone: null, present: false });
  startMeeting(ctx, meetingId);
  for (let i = 0; i < 300; i++) {
    const name = `${FIRST[i % FIRST.length] ?? ''} Uji${String(i + 1).padStart(3, '0')}`;
    names.push(name);
    const h = createHousehold(ctx, aHousehold({ members: [aMember({ name })] }));
    const p = addProposal(ctx, meetingId, aProposal(h.id, { kind: i % 3 === 0 ? 'PENINJAUAN_DESIL' : 'USULAN_PROGRAM', programs: i % 3 === 0 ? [] : ['SEMBAKO'] }));
    const decision = DECISIONS[i % 3] ?? 'DISETUJUI';
    decide(ctx, { proposalId: p.id, decision, groundcheck: i % 10 === 0, note: decision === 'DISETUJUI' ? '' : `Alasan ${i + 1}` });
  }
  closeMeeting(ctx, meetingId, null);
}, 120_000);
afterAll(() => ctx.cleanup());

describe('berita acara PDF', () => {
  it('is A4 and says what the meeting decided, in the words a kelurahan letter uses', async () => {
    const { file, pages } = await pdfText('BERITA_ACARA');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('KECAMATAN LOWOKWARU');
    expect(text).toContain('KELURAHAN DINOYO');
    expect(text).toContain('BERITA ACARA MUSYAWARAH KELURAHAN');
    expect(text).toContain('Nomor: 400.9/131/35.73.05.1004/2026');
    expect(text).toContain('Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam');
    expect(text).toContain('pukul 09.00 sampai dengan 12.00 WIB');
    expect(text).toContain('dihadiri oleh 2 (dua) orang peserta dari 3 orang yang diundang');
    expect(text).toContain('Musyawarah membahas 300 (tiga ratus) usulan');
    expect(text).toMatch(/Peninjauan desil 100 100 0 0 0 10/);
    expect(text).toMatch(/Usulan program 200 0 100 100 0 20/);
    expect(text).toMatch(/Jumlah 300 100 100 100 0 30/);
    expect(text).toContain('Demikian berita acara ini dibuat dengan sebenarnya');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Lurah Dinoyo');
    expect(text).toContain(DEMO_SETTINGS.lurahName);
    expect(text).toContain(`NIP. ${DEMO_SETTINGS.lurahNip}`);
    expect(text).toContain('Ketua LPMK,');
    expect(text).toContain('Hartono Wibisono');
    expect(text).toMatch(/ID musyawarah: MUSKEL-3573051004-20261127-\d+ · Kode dokumen: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  }, 60_000);

  it('lists all 300 proposals with their outcome, the table header on every page and page numbers', async () => {
    const { pages } = await pdfText('BERITA_ACARA');
    expect(pages.length).toBeGreaterThan(5);
    const text = pages.join('\n');
    for (const [i, name] of names.entries()) {
      const line = text.split('\n').find((l) => l.includes(name));
      expect(line, name).toBeDefined();
      expect(line).toContain(['Disetujui', 'Ditolak', 'Ditunda'][i % 3]);
      expect(line).toMatch(/\b\d{16}\b.*\b\d{16}\b/);
    }
    const tablePages = pages.filter((p) => p.includes('Uji'));
    for (const p of tablePages) {
      expect(p).toMatch(/No\s+NIK\s+No\. KK\s+Nama\s+Alamat RT\/RW/);
      expect(p).toContain('Keterangan');
    }
    pages.forEach((p, i) => expect(p).toContain(`Halaman ${i + 1} dari ${pages.length}`));
  }, 60_000);

  it('comes out on F4 (215 × 330 mm), as does the daftar hadir, when the office chose it, the signatures kept with the closing', async () => {
    await saveSettings(ctx, { ...DEMO_SETTINGS, paperSize: 'F4' });
    try {
      const { file: daftarHadir } = await pdfText('DAFTAR_HADIR');
      expect(pageSizesMm(daftarHadir)).toEqual(['215×330']);
      const { file, pages } = await pdfText('BERITA_ACARA');
      const sizes = pageSizesMm(file);
      expect(sizes.length).toBeGreaterThan(4);
      expect(new Set(sizes)).toEqual(new Set(['215×330']));
      const closing = pages.find((p) => p.includes('Demikian berita acara'));
      expect(closing).toContain('Mengetahui,');
      expect(closing).toContain(`NIP. ${DEMO_SETTINGS.lurahNip}`);
    } finally {
      await saveSettings(ctx, DEMO_SETTINGS);
    }
  }, 60_000);

  it('masks NIK and No. KK when the office chose public copies', async () => {
    await saveSettings(ctx, { ...DEMO_SETTINGS, nikDisplay: 'MASKED' });
    const html = await minutesHtml(ctx, meetingId, 'BERITA_ACARA');
    expect(html).toMatch(/357305\*{6}\d{4}/);
    expect(html).not.toMatch(/>357305\d{10}</);
    await saveSettings(ctx, { ...DEMO_SETTINGS, nikDisplay: 'FULL' });
  });
});

describe('daftar hadir PDF', () => {
  it('numbers every attendee with unsur, RT/RW and an empty signature box', async () => {
    const { pages } = await pdfText('DAFTAR_HADIR', false);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('DAFTAR HADIR MUSYAWARAH KELURAHAN');
    expect(text).toContain('Berita Acara Nomor: 400.9/131/35.73.05.1004/2026');
    expect(text).toContain('Jumat, 27 November 2026');
    expect(text).toContain('1 Drs. Bambang Suharyanto, M.Si. Lurah -');
    expect(text).toContain('2 Hartono Wibisono LPMK -');
    expect(text).toMatch(/3 Suparno Adi Ketua RT 003\/005 .*Tidak hadir/);
    expect(text.match(/Tidak hadir/g)).toHaveLength(1);
    expect(text).toContain('Halaman 1 dari 1');
  }, 60_000);

  it("never leaves the Lurah's signature alone on a page, on A4 or F4, however long the list", async () => {
    const other = await createMeeting(ctx, aMeeting({ date: '2026-12-04', letterNumber: '400.9/150/35.73.05.1004/2026' }));
    const file = join(ctx.dataDir, 'daftar-hadir-panjang.pdf');
    try {
      // The first page of either paper fills up within 12 to 20 one-line rows.
      for (let n = 1; n <= 20; n++) {
        addAttendee(ctx, other.id, { name: `${FIRST[n % FIRST.length] ?? ''} Hadir${n}`, unsur: 'RT', rt: n, rw: 5, phone: null, present: true });
        if (n < 12) continue;
        for (const paperSize of ['A4', 'F4'] as const) {
          await saveSettings(ctx, { ...DEMO_SETTINGS, paperSize });
          writeFileSync(file, (await minutesPdf(ctx, other.id, 'DAFTAR_HADIR')).pdf);
          const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
          const signed = pages.find((p) => p.includes(`NIP. ${DEMO_SETTINGS.lurahNip}`));
          expect(signed, `${paperSize}, ${n} peserta`).toMatch(new RegExp(`Hadir${n}\\b`));
        }
      }
    } finally {
      await saveSettings(ctx, DEMO_SETTINGS);
    }
  }, 120_000);
});
