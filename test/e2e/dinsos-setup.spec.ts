import { OPERATOR } from './arrange';
import { expect, test } from './fixtures';
import { api } from './server';

test('a new folder becomes a Dinsos office through the role choice, and gets the key it hands to every kelurahan', async ({ page, muskel, context }) => {
  test.setTimeout(90_000);
  const server = muskel.server;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(server.url);
  await page.getByLabel('Nama operator').fill(OPERATOR);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();

  await expect(page.getByRole('heading', { name: 'Selamat datang di Muskel' })).toBeVisible();
  const choices = page.getByRole('group', { name: 'Peran folder data' }).getByRole('button');
  await expect(choices).toHaveCount(2);
  await choices.filter({ hasText: 'Kelurahan' }).first().click();
  await expect(page.getByLabel('Kelurahan (daftar Kemendagri)')).toBeVisible();
  await page.getByRole('button', { name: '← Kembali ke pilihan peran' }).click();
  await page.getByRole('button', { name: /^Dinas Sosial kota\/kabupaten/ }).click();

  await expect(page.getByRole('heading', { name: 'Siapkan folder Dinas Sosial' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByText('Kode kota/kabupaten harus 4 digit')).toBeVisible();
  await expect(page.getByText('Nama dinas wajib diisi')).toBeVisible();
  await expect(page.getByText('Nama kepala dinas wajib diisi')).toBeVisible();

  await page.getByLabel('Kota/kabupaten (daftar Kemendagri)').fill('kota malang');
  await page.getByRole('listbox', { name: 'Hasil pencarian kota/kabupaten' }).getByRole('option').filter({ hasText: 'Jawa Timur' }).getByRole('button').click();
  await expect(page.getByTestId('regency-chosen')).toHaveText('Kota Malang, Jawa Timur (kode 3573)');
  await page.getByLabel('Nama dinas').fill('Dinas Sosial P3AP2KB Kota Malang');
  await page.getByLabel('Alamat kantor dinas').fill('Jl. Sulfat No. 12, Kota Malang');
  await page.getByLabel('Nama Kepala Dinas (dengan gelar)').fill('Dra. Penny Indriani, M.Si.');
  await page.getByLabel('NIP Kepala Dinas').fill('19680512199403200');
  await page.getByLabel('Nama Sekretaris Dinas').fill('Ahmad Fauzi, S.Sos.');
  await page.getByLabel('F4 (215 × 330 mm), kertas Folio').check();
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByText('NIP kepala dinas harus 18 digit')).toBeVisible();
  await page.getByLabel('NIP Kepala Dinas').fill('196805121994032008');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();

  // Only the Dinsos menus: nothing of a kelurahan's app shows.
  await expect(page.getByRole('heading', { name: 'Kotak Masuk' })).toBeVisible();
  await expect(page.locator('.topbar nav a')).toHaveText(['Kotak Masuk', 'Usulan Kota', 'Groundcheck', 'Kunci Kelurahan', 'Pengaturan']);
  await expect(page.getByTestId('office-brand')).toHaveText('Dinas Sosial P3AP2KB Kota Malang · Kota Malang');
  await expect(page.getByText('Dinsos belum memiliki kunci')).toBeVisible();
  expect(await api(server, 'office.role', {})).toMatchObject({ role: 'DINSOS', dinsos: { regionCode: '3573', paperSize: 'F4', secretaryNip: '' } });
  await page.goto(`${server.url}#/keluarga`);
  await expect(page.getByRole('heading', { name: 'Kotak Masuk' })).toBeVisible();

  await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
  await expect(page.getByLabel('Nama dinas')).toHaveValue('Dinas Sosial P3AP2KB Kota Malang');
  const keys = page.getByRole('region', { name: 'Kunci' });
  await expect(keys.getByText('Kunci penerima Dinsos (age)')).toHaveCount(0);
  await keys.getByLabel('Frasa sandi (paling sedikit 10 karakter)', { exact: true }).fill('frasa sandi kunci dinsos malang');
  await keys.getByLabel('Ulangi frasa sandi', { exact: true }).fill('frasa sandi kunci dinsos malang');
  await keys.getByRole('button', { name: 'Buat kunci' }).click();
  // Two deliberately slow scrypt seals (minisign's and age's).
  await expect(keys.getByTestId('key-id')).toHaveText(/^[0-9A-F]{16}$/, { timeout: 30_000 });
  const info = await api(server, 'keys.info', {});
  await expect(keys.getByTestId('own-recipient')).toHaveText(info?.ownRecipient ?? 'no key');
  await keys.getByRole('button', { name: 'Salin' }).click();
  await expect(keys.getByText('Kunci penerima disalin.')).toBeVisible();
  // The test project has no DOM types: the page reads its clipboard from a string.
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(info?.ownRecipient);
  await expect(keys.getByRole('button', { name: 'Ganti kunci…' })).toBeVisible();
});
