import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DINSOS_PASSPHRASE, KelurahanPackages, setUpDinsos } from './arrange-dinsos';
import { expect, test } from './fixtures';
import { CityProposalsPage } from './pages/city-proposals';
import { InboxPage } from './pages/dinsos-inbox';
import { KelurahanKeysPage } from './pages/kelurahan-keys';

const packages = new KelurahanPackages();
test.afterAll(() => packages.cleanup());

test('Kotak Masuk: a package from an unknown key is refused, its key trusted from there, then imported and its proposals listed', async ({ page, muskel }) => {
  test.setTimeout(120_000);
  const server = muskel.server;
  const { recipient } = await setUpDinsos(server);
  const dinoyo = await packages.make(recipient);
  const inbox = new InboxPage(page);
  const keys = new KelurahanKeysPage(page);

  await page.goto(`${server.url}#/kotak-masuk`);
  await inbox.add([dinoyo.path], 'bukan frasa sandinya');
  await expect(page.getByText('Frasa sandi kunci salah')).toBeVisible({ timeout: 30_000 });

  await inbox.add([dinoyo.path], DINSOS_PASSPHRASE);
  await expect(await inbox.counts()).toHaveText('0 paket diimpor · 0 menggantikan paket lama · 0 sudah pernah diimpor (dilewati) · 1 ditolak');
  const refused = inbox.refusedFile(dinoyo.fileName);
  await expect(refused).toContainText(/Ditandatangani kunci [0-9A-F]{16} yang belum dipercaya/);
  await expect(inbox.packages).toHaveCount(0);
  await refused.getByRole('link', { name: 'Percayai kunci Kelurahan Dinoyo…' }).click();

  await expect(page.getByRole('heading', { name: 'Kunci Kelurahan' })).toBeVisible();
  await expect(page.getByTestId('village-chosen')).toContainText('Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang');
  const keyId = /minisign public key ([0-9A-F]{16})/.exec(dinoyo.publicKey)?.[1] ?? '';
  await expect(keys.form.getByText(`ditandatangani kunci ${keyId} yang belum dipercaya`)).toBeVisible();
  await keys.choosePublicKey(dinoyo.publicKeyFile);
  await expect(page.getByTestId('chosen-key-id')).toHaveText(`ID kunci dalam berkas: ${keyId} ✓ sama dengan kunci paket yang ditolak`);
  await keys.trust();
  await expect(keys.form.getByRole('status')).toContainText(`Kunci ${keyId} kini dipercaya untuk Kelurahan Dinoyo.`);
  await expect(keys.row('Dinoyo')).toContainText(keyId);
  await expect(keys.row('Dinoyo')).toContainText('Siti Nurhayati');

  await keys.form.getByRole('link', { name: 'ditambahkan lagi di Kotak Masuk' }).click();
  await inbox.add([dinoyo.path], DINSOS_PASSPHRASE);
  await expect(await inbox.counts()).toHaveText('1 paket diimpor · 0 menggantikan paket lama · 0 sudah pernah diimpor (dilewati) · 0 ditolak');
  const received = inbox.packages.getByRole('row').filter({ hasText: 'Dinoyo' });
  await expect(received).toContainText('Jumat, 27 November 2026');
  await expect(received).toContainText('400.9/131/35.73.05.1004/2026');
  await expect(received.getByRole('cell').nth(3)).toHaveText('3');
  await expect(received).toContainText('oleh Siti Nurhayati');
  const [minutes] = await Promise.all([page.waitForEvent('download'), received.getByRole('button', { name: /^Berita acara Dinoyo/ }).click()]);
  expect(minutes.suggestedFilename()).toBe(`berita-acara-${basename(dinoyo.fileName, '.zip.age')}.pdf`);
  expect(readFileSync(await minutes.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await inbox.add([dinoyo.path], DINSOS_PASSPHRASE);
  await expect(await inbox.counts()).toHaveText('0 paket diimpor · 0 menggantikan paket lama · 1 sudah pernah diimpor (dilewati) · 0 ditolak');

  const city = new CityProposalsPage(page);
  await city.open();
  await city.expectTotal(3);
  await expect(city.row('Sutrisno Hadi')).toContainText('Dinoyo');
  await expect(city.row('Wahyuni Lestari')).toContainText('Ditolak');
  await city.filter('Keputusan musyawarah', 'Ditolak');
  await city.expectTotal(1);
  await expect(city.rows()).toHaveCount(1);
  await expect(city.rows()).toContainText('Wahyuni Lestari');
  await city.filter('Keputusan musyawarah', 'Semua keputusan');
  await city.check('Perlu groundcheck');
  await city.filter('Status Dinsos', 'Belum ditanggapi');
  await city.expectTotal(1);
  await expect(city.perKelurahan).toContainText('Dinoyo');
  await city.openRow('Sutrisno Hadi');
  await expect(city.detail.getByRole('heading', { name: 'Sutrisno Hadi' })).toBeVisible();
  await expect(city.detail).toContainText('Perlu groundcheck');
  await expect(city.detail.getByRole('img', { name: /^Foto rumah tampak depan/ })).toBeVisible();
  await city.detail.getByRole('button', { name: 'Tutup' }).click();
  await expect(city.detail).toHaveCount(0);
});
