import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aHousehold } from '../fixtures/households';
import { TEST_DB_PASSPHRASE } from '../fixtures/context';
import { muskel as runCli } from '../fixtures/cli';
import { SETTINGS } from '../fixtures/settings';
import { OPERATOR, setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { api, startServer } from './server';
import type { RunningServer } from './server';

const OTHER_PASSPHRASE = 'frasa sandi kantor kelurahan lain';
const householdCount = async (server: RunningServer) => (await api(server, 'households.search', { query: '', offset: 0, limit: 1 })).total;

test('Cadangkan ke a flash disk with progress, then Pulihkan from it: checked, confirmed, and the data of that moment is back', async ({ page, muskel }) => {
  await setUpOffice(muskel.server);
  await api(muskel.server, 'households.create', aHousehold());
  const flashDisk = mkdtempSync(join(tmpdir(), 'muskel-e2e-flashdisk-'));
  try {
    await page.goto(`${muskel.server.url}#/pengaturan`);
    const panel = page.getByRole('region', { name: 'Cadangan' });
    await panel.getByLabel('Cadangkan ke folder (mis. flash disk)').fill(flashDisk);
    await panel.getByRole('button', { name: 'Cadangkan ke folder ini' }).click();
    await expect(panel.getByRole('status')).toContainText(`Cadangan selesai: ${flashDisk}`);
    await expect(panel.getByRole('progressbar', { name: 'Kemajuan pencadangan' })).toBeVisible();

    await api(muskel.server, 'households.delete', { id: 1 });
    expect(await householdCount(muskel.server)).toBe(0);

    await panel.getByLabel(/^Cari cadangan di folder lain/).fill(flashDisk);
    await panel.getByRole('button', { name: 'Tampilkan' }).click();
    const rows = panel.getByRole('table', { name: 'Daftar cadangan' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Dibuat operator');
    await expect(rows.first()).toContainText('Dinoyo');
    await panel.getByRole('button', { name: 'Pulihkan cadangan terpilih' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Periksa dan pulihkan' }).click();
    await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
    expect(await householdCount(muskel.server)).toBe(1);
    const kinds = (await api(muskel.server, 'vault.backups', {})).map((b) => b.kind);
    expect(kinds).toContain('SEBELUM_PEMULIHAN');
    expect((await api(muskel.server, 'session.get', {})).knownOperators).toContain(OPERATOR);
  } finally {
    rmSync(flashDisk, { recursive: true, force: true });
  }
});

test('a damaged database opens the restore screen with the newest backup chosen, never a crash loop', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'muskel-e2e-damaged-'));
  let server = await startServer(dataDir);
  try {
    await setUpOffice(server);
    await api(server, 'households.create', aHousehold());
    const job = await api(server, 'backup.start', {});
    await expect.poll(async () => (await api(server, 'backup.status', { id: job.id })).result !== null).toBe(true);
    await server.stop();
    const file = join(dataDir, 'muskel.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096 * 3, 4096 * 5);
    writeFileSync(file, bytes);

    server = await startServer(dataDir, { locked: true });
    await page.goto(server.url);
    await page.getByLabel('Frasa sandi folder data').fill(TEST_DB_PASSPHRASE);
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByRole('heading', { name: 'Pulihkan data dari cadangan' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Basis data di folder data rusak');
    const rows = page.getByRole('table', { name: 'Daftar cadangan' }).locator('tbody tr');
    await expect(rows.first().getByRole('radio')).toBeChecked();
    await page.getByRole('button', { name: 'Pulihkan cadangan terpilih' }).click();
    await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
    expect(await householdCount(server)).toBe(1);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("a backup from another PC and another kelurahan asks for that folder's passphrase, then for a confirmation", async ({ page, muskel }) => {
  await setUpOffice(muskel.server);
  await api(muskel.server, 'settings.save', { ...SETTINGS, kelurahanCode: '3573051005' });
  const elsewhere = mkdtempSync(join(tmpdir(), 'muskel-e2e-pc-lain-'));
  const flashDisk = mkdtempSync(join(tmpdir(), 'muskel-e2e-flashdisk-'));
  try {
    const env = { ...process.env, MUSKEL_DB_PASSPHRASE: OTHER_PASSPHRASE };
    expect(runCli(['demo', '--households', '70', '--seed', '4', '--data-dir', elsewhere], { env }).code).toBe(0);
    expect(runCli(['backup', 'create', '--out', flashDisk, '--data-dir', elsewhere], { env }).code).toBe(0);

    await page.goto(`${muskel.server.url}#/pengaturan`);
    const panel = page.getByRole('region', { name: 'Cadangan' });
    await panel.getByLabel(/^Cari cadangan di folder lain/).fill(flashDisk);
    await panel.getByRole('button', { name: 'Tampilkan' }).click();
    await expect(panel.getByRole('table', { name: 'Daftar cadangan' }).locator('tbody tr')).toHaveCount(1);
    const restore = async () => {
      await panel.getByRole('button', { name: 'Pulihkan cadangan terpilih' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Periksa dan pulihkan' }).click();
    };
    await restore();
    await panel.getByLabel('Frasa sandi folder data asal cadangan').fill(OTHER_PASSPHRASE);
    await restore();
    await expect(panel.getByText('Cadangan ini milik Kelurahan Dinoyo (3573051004)')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Pulihkan cadangan terpilih' })).toBeDisabled();
    await panel.getByLabel('Saya yakin memulihkan cadangan kelurahan lain').check();
    await restore();
    await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
    expect(await householdCount(muskel.server)).toBe(70);
    expect((await api(muskel.server, 'settings.get', {}))?.kelurahanCode).toBe('3573051004');
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
    rmSync(flashDisk, { recursive: true, force: true });
  }
});
