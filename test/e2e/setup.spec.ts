import { expect, test } from './fixtures';
import { api } from './server';

test('first run: the secretary picks the kelurahan and records who signs', async ({ page, muskel }) => {
  await page.goto(muskel.server.url);
  await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
  await page.getByLabel('Nama operator').fill('Si');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText('Nama operator paling sedikit 3 huruf')).toBeVisible();
  await page.getByLabel('Nama operator').fill('Siti Nurhayati');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang di Muskel' })).toBeVisible();
  await page.getByRole('button', { name: /^Kelurahan/ }).click();

  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByText('Pilih kelurahan dari daftar')).toBeVisible();
  await expect(page.getByText('Nama Lurah wajib diisi')).toBeVisible();

  await page.getByLabel('Kelurahan (daftar Kemendagri)').fill('dinoyo');
  await page.getByRole('option').filter({ hasText: 'Kota Malang' }).getByRole('button').click();
  await expect(page.getByTestId('village-chosen')).toContainText('Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang, Jawa Timur');

  await page.getByLabel('Alamat kantor kelurahan').fill('Jl. MT Haryono Gg. 1 No. 2, Malang');
  await page.getByLabel('Nama Lurah (dengan gelar)').fill('Drs. Bambang Suharyanto, M.Si.');
  await page.getByLabel('NIP Lurah').fill('1971041519980310');
  await page.getByLabel('Nama Sekretaris Kelurahan').fill('Siti Nurhayati, S.Sos.');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByText('NIP Lurah harus 18 digit')).toBeVisible();

  await page.getByLabel('NIP Lurah').fill('197104151998031007');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByRole('heading', { name: 'Daftar Keluarga' })).toBeVisible();
  await expect(page.getByTestId('home-summary')).toContainText('Belum pernah diadakan');
  await expect(page.getByTestId('home-summary')).toContainText('perlu diadakan sekarang');
  await expect(page.locator('.brand')).toContainText('Kelurahan Dinoyo');
  await expect(page.getByTestId('operator')).toHaveText('Siti Nurhayati');

  const settings = await api(muskel.server, 'settings.get', {});
  expect(settings).toMatchObject({ kelurahanCode: '3573051004', lurahNip: '197104151998031007' });

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByLabel('A4 (210 × 297 mm), ukuran baku surat dinas')).toBeChecked();
  await page.getByLabel('Nama Sekretaris Kelurahan').fill('Siti Nurhayati, S.Sos., M.AP.');
  await page.getByLabel('F4 (215 × 330 mm), kertas Folio').check();
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();
  expect(await api(muskel.server, 'settings.get', {})).toMatchObject({ secretaryName: 'Siti Nurhayati, S.Sos., M.AP.', paperSize: 'F4' });
});
