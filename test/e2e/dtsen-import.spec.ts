import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aKk, nikFor } from '../fixtures/households';
import { setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { DtsenImportPage } from './pages/dtsen-import';

/** A kelurahan's extract whose NIK column has a header no synonym knows: it must be mapped by hand. */
const HEADERS = ['No Induk Kependudukan', 'nomor_kk', 'nama', 'hubungan_keluarga', 'jenis_kelamin', 'tanggal_lahir', 'alamat', 'rt', 'rw', 'desil', 'pkh'];

function person(kk: string, name: string, relationship: string, sex: 'L' | 'P', birthIso: string, home: { address: string; rt: string; rw: string; desil: string; pkh: string }): string[] {
  const [y = '', m = '', d = ''] = birthIso.split('-');
  return [nikFor(sex, birthIso), kk, name, relationship, sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN', `${d}-${m}-${y}`, home.address, home.rt, home.rw, home.desil, home.pkh];
}

const toCsv = (rows: readonly (readonly string[])[]) => [HEADERS, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';

test.beforeEach(async ({ muskel }) => {
  await setUpOffice(muskel.server);
});

test('import an extract through the mapping screen: the check finds an Excel-mangled NIK, the corrected file is imported, the families are incomplete, the mapping is remembered', async ({ page, muskel }) => {
  const joyoAgung = { address: 'JL. JOYO AGUNG GG. 3 NO. 21', rt: '004', rw: '007', desil: '2', pkh: 'YA' };
  const mertojoyo = { address: 'JL. MERTOJOYO NO. 5', rt: '002', rw: '003', desil: '6', pkh: 'TIDAK' };
  const sugengKk = aKk();
  const wagiminKk = aKk();
  const rows = [
    person(sugengKk, 'SUGENG RIYADI', 'KEPALA KELUARGA', 'L', '1980-05-17', joyoAgung),
    person(sugengKk, 'KASIYEM RAHAYU', 'ISTRI', 'P', '1984-09-17', joyoAgung),
    person(sugengKk, 'DIMAS RIYADI', 'ANAK', 'L', '2012-01-30', joyoAgung),
    person(wagiminKk, 'WAGIMIN HARTONO', 'KEPALA KELUARGA', 'L', '1975-03-02', mertojoyo),
    person(wagiminKk, 'SRI UTAMI', 'ISTRI', 'P', '1978-11-23', mertojoyo),
  ];
  const folder = mkdtempSync(join(tmpdir(), 'muskel-e2e-dtsen-'));
  const file = join(folder, 'dtsen-dinoyo.csv');
  try {
    writeFileSync(file, toCsv(rows.map((r, i) => (i === 1 ? ['3.57305E+15', ...r.slice(1)] : r))));
    await page.goto(muskel.server.url);
    const importer = new DtsenImportPage(page);
    await importer.open();
    await importer.choose(file);
    await expect(page.getByRole('alert', { name: 'Kolom yang belum sesuai' })).toContainText('Kolom NIK belum ditemukan');
    await expect(page.getByRole('button', { name: 'Periksa dulu' })).toBeDisabled();
    await importer.mapColumn('No Induk Kependudukan', 'NIK');
    await expect(page.getByRole('alert', { name: 'Kolom yang belum sesuai' })).toHaveCount(0);

    await importer.dryRun();
    await expect(importer.verdict).toHaveText('Pemeriksaan saja: tidak ada yang disimpan. Ditemukan 1 kesalahan (lihat daftar di bawah).');
    await expect(importer.errors.locator('tbody tr')).toHaveCount(1);
    await expect(importer.errors.locator('tbody tr td')).toHaveText(['3', 'No Induk Kependudukan', '3.57305E+15', /dirusak oleh Excel/]);
    const download = await importer.downloadErrors();
    expect(download.name).toBe('kesalahan-dtsen-dinoyo.csv');
    expect(download.text).toMatch(/^\uFEFFBaris;Kolom;Nilai;Keterangan\r\n3;No Induk Kependudukan;3\.57305E\+15;"NIK tampaknya dirusak oleh Excel \(.*; format kolom sebagai Teks\."\r\n$/);

    writeFileSync(file, toCsv(rows));
    await importer.choose(file);
    await expect(importer.column('No Induk Kependudukan')).toHaveValue('nik');
    await importer.importNow();
    await expect(importer.verdict).toContainText('Tersimpan: data dari berkas dtsen-dinoyo.csv telah disimpan.');
    await expect(importer.counts('Keluarga')).toHaveText(['2', '0', '0', '0']);
    await expect(importer.counts('Anggota')).toHaveText(['5', '0', '0', '—']);
    await expect(importer.errors).toHaveCount(0);

    await page.getByRole('link', { name: 'Lihat daftar keluarga' }).click();
    await expect(page.getByTestId('household-count')).toHaveText('2 keluarga terdaftar');
    const list = page.getByRole('table', { name: 'Daftar keluarga' });
    await expect(list).toContainText('WAGIMIN HARTONO');
    await list.getByRole('row').filter({ hasText: 'SUGENG RIYADI' }).click();
    await expect(page.getByRole('heading', { name: 'Keluarga SUGENG RIYADI' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Data belum lengkap' })).toContainText(
      'Tempat lahir, status perkawinan, pendidikan, pekerjaan dan disabilitas belum diisi untuk 3 anggota; data rumah belum diisi',
    );

    await page.getByRole('link', { name: 'Keluarga', exact: true }).click();
    await importer.open();
    await importer.choose(file);
    await expect(page.getByText('Pemetaan kolom untuk berkas dengan judul kolom yang sama diingat dari impor sebelumnya.')).toBeVisible();
    await expect(importer.column('No Induk Kependudukan')).toHaveValue('nik');
    await importer.dryRun();
    await expect(importer.counts('Keluarga')).toHaveText(['0', '0', '2', '0']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
