import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/api/dispatch';
import { assignGroundcheck } from '../../../../../main/services/groundcheck/assignments';
import { groundcheckFormPdf } from '../../../../../main/services/groundcheck/form';
import { listCityProposals } from '../../../../../main/services/inbox/city-proposals';
import { saveDinsosOffice } from '../../../../../main/services/office';
import type { CityProposal } from '../../../../../shared/inbox/city-proposals';
import { dinsosRegister } from '../../../../fixtures/groundcheck';
import type { DinsosRegister } from '../../../../fixtures/groundcheck';
import { DINSOS_OFFICE } from '../../../../fixtures/inbox';
import { pageSizesMm } from '../../../../fixtures/pdf-pages';

let register: DinsosRegister;
let rows: CityProposal[];

beforeAll(async () => {
  register = await dinsosRegister();
  rows = (await listCityProposals(register.ctx, {})).rows;
}, 240_000);
afterAll(() => register.cleanup());

async function printed(ids: number[]): Promise<{ file: string; fileName: string; text: string; pages: string[] }> {
  const { fileName, contentBase64 } = await groundcheckFormPdf(register.ctx, { ids });
  const file = join(register.ctx.dataDir, fileName);
  writeFileSync(file, Buffer.from(contentBase64, 'base64'));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { file, fileName, text, pages: text.split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/\s+/g, ' ')) };
}

describe('the groundcheck form', () => {
  it('prints one page per family in the order given, with the office, the family, why it is checked, the officer, the boxes and the signatures', async () => {
    const flagged = rows.filter((r) => r.groundcheck);
    const [first, second] = flagged;
    if (!first || !second) throw new Error('two flagged proposals expected');
    await assignGroundcheck(register.ctx, { officer: 'Budi Santoso', plannedDate: '2026-12-03', allFlagged: true });
    const { file, fileName, pages } = await printed([second.id, first.id]);
    expect(fileName).toBe('formulir-groundcheck-20261203.pdf');
    expect(pageSizesMm(file)).toEqual(['210×297', '210×297']);
    const [page1 = '', page2 = ''] = pages;
    for (const words of [
      'PEMERINTAH KOTA MALANG', 'DINAS SOSIAL P3AP2KB KOTA MALANG', 'Jl. Sulfat No. 12, Kota Malang', 'FORMULIR VERIFIKASI LAPANGAN (GROUNDCHECK)',
      `ID USULAN ${second.id}`, 'Sutrisno Hadi', second.nik, second.noKk, 'RT/RW 003/005', 'Sumbersari / Lowokwaru (kode 3573051005)',
      'Usulan program bantuan', 'Kelayakan keluarga untuk program bantuan yang diusulkan', 'PKH',
      'Keluarga memiliki anak sekolah, belum menerima bantuan.', 'Disetujui, perlu groundcheck', 'Temuan lintas kelurahan',
      'Kelurahan Dinoyo juga mengusulkan NIK yang sama (usulan nomor 1, musyawarah 27 November 2026)', 'Budi Santoso', 'Kamis, 3 Desember 2026',
      'Lantai terluas', 'Keramik/granit/marmer', 'Sumber air minum', 'Ledeng/PDAM', 'LPG 3 kg', 'Status bangunan', 'Sepeda motor',
      'Layak: keluarga ditemukan, kondisi sesuai usulan', 'Tidak ditemukan', 'Pindah', 'Meninggal dunia', 'Data ganda', 'Desil yang disarankan',
      'CATATAN PETUGAS', 'Petugas Groundcheck', 'Kepala Keluarga / Yang Diperiksa', 'Saksi (Ketua RT/RW 003/005)',
      'Formulir groundcheck · Dinas Sosial P3AP2KB Kota Malang · dicetak 28 November 2026', 'Halaman 1 dari 2',
    ]) expect(page1, words).toContain(words);
    expect(page1).toMatch(/Desil DTSEN saat ini\s*:\s*2 /);
    expect(page2).toContain(`ID USULAN ${first.id}`);
    expect(page2).toContain('Dinoyo / Lowokwaru (kode 3573051004)');
    expect(page2).toContain('Halaman 2 dari 2');
  }, 60_000);

  it('leaves the officer and date blank for a proposal not assigned yet, and follows the office paper F4', async () => {
    const unassigned = rows.find((r) => !r.groundcheck && r.crossChecks.length === 0);
    if (!unassigned) throw new Error('an unflagged proposal expected');
    await saveDinsosOffice(register.ctx, { ...DINSOS_OFFICE, paperSize: 'F4' });
    try {
      const { file, fileName, pages } = await printed([unassigned.id]);
      expect(fileName).toBe('formulir-groundcheck-20261128.pdf');
      expect(pageSizesMm(file)).toEqual(['215×330']);
      expect(pages[0]).toContain('Temuan lintas kelurahan : Tidak ada');
      expect(pages[0]).not.toContain('Budi Santoso');
      expect(pages[0]).toMatch(/Keputusan musyawarah : (Disetujui|Ditolak; catatan: Keluarga mampu) Temuan/);
    } finally {
      await saveDinsosOffice(register.ctx, DINSOS_OFFICE);
    }
  }, 60_000);

  it('refuses an unknown proposal and an empty list, naming the field', async () => {
    expect(await dispatch(register.ctx, 'groundcheck.formPdf', { ids: [9999] }))
      .toEqual({ ok: false, error: { code: 'NOT_FOUND', field: 'ids', message: 'Usulan dengan id 9999 tidak ditemukan di daftar usulan kota' } });
    expect(await dispatch(register.ctx, 'groundcheck.formPdf', { ids: [] }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'ids', message: expect.stringContaining('Pilih paling sedikit satu usulan') } });
  });
});
