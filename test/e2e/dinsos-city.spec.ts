import { nikFor } from '../fixtures/households';
import { KelurahanPackages, importPackages, setUpDinsos, trustKelurahan } from './arrange-dinsos';
import { expect, test } from './fixtures';
import { CityProposalsPage } from './pages/city-proposals';

const SUMBERSARI = '3573051005';
const packages = new KelurahanPackages();
test.afterAll(() => packages.cleanup());

test('Usulan Kota: one person proposed by two kelurahan is flagged on both rows, and each opens the other', async ({ page, muskel }) => {
  test.setTimeout(120_000);
  const server = muskel.server;
  const { recipient } = await setUpDinsos(server);
  const twin = { nik: nikFor('L', '1975-03-02'), sex: 'L' as const, birthDate: '1975-03-02' };
  const dinoyo = await packages.make(recipient, {}, twin);
  const sumbersari = await packages.make(recipient, { kelurahanCode: SUMBERSARI }, twin);
  await trustKelurahan(server, dinoyo, '3573051004');
  await trustKelurahan(server, sumbersari, SUMBERSARI);
  expect(await importPackages(server, [dinoyo.path, sumbersari.path])).toEqual({ imported: 2, duplicates: 0, replaced: 0, refused: [], notProcessed: [] });

  const city = new CityProposalsPage(page);
  await page.goto(`${server.url}#/usulan-kota`);
  await city.expectTotal(6);
  await expect(city.perKelurahan.getByRole('row')).toHaveCount(3);
  await expect(page.locator('.city-summary svg.recharts-surface').first()).toBeVisible();
  await city.check('Ada temuan lintas kelurahan');
  await city.expectTotal(2);
  const fromDinoyo = city.rowsFrom('Dinoyo');
  await expect(fromDinoyo).toContainText('Kelurahan Sumbersari juga mengusulkan NIK yang sama (usulan nomor 1, musyawarah 27 November 2026)');

  await fromDinoyo.getByRole('link', { name: 'Buka usulan lain' }).click();
  await expect(city.detail).toContainText('Kelurahan Sumbersari · musyawarah Jumat, 27 November 2026 · usulan nomor 1');
  await expect(page).toHaveURL(/#\/usulan-kota\/\d+$/);
  const findings = city.detail.getByRole('list', { name: 'Temuan lintas kelurahan' });
  await expect(findings).toContainText('NIK yang sama diusulkan kelurahan lain.');
  await expect(findings).toContainText('Orang yang sama tercatat dalam KK lain.');
  await findings.getByRole('link', { name: 'Buka usulan lain' }).first().click();
  await expect(city.detail).toContainText('Kelurahan Dinoyo · musyawarah Jumat, 27 November 2026 · usulan nomor 1');
  await city.detail.getByRole('button', { name: 'Tutup' }).click();

  await city.perKelurahan.getByRole('row').filter({ hasText: 'Sumbersari' }).click();
  await expect(page.getByLabel('Kelurahan', { exact: true })).toHaveValue(SUMBERSARI);
  await city.expectTotal(1);
  await expect(city.rowsFrom('Sumbersari')).toHaveCount(1);
});
