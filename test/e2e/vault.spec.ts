import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startServer } from './server';

const PASSPHRASE = 'frasa sandi folder dinoyo';

test('a new folder asks for a passphrase and shows the recovery code once; later the lock screen opens it, also with the code', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'muskel-e2e-vault-'));
  let server = await startServer(dataDir, { locked: true });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Lindungi data warga' })).toBeVisible();
    await page.getByLabel('Frasa sandi folder data (paling sedikit 10 karakter)').fill('pendek');
    await page.getByLabel('Ulangi frasa sandi').fill('pendek');
    await page.getByRole('button', { name: 'Buat folder data' }).click();
    await expect(page.getByRole('alert')).toContainText('paling sedikit 10 karakter');
    await page.getByLabel('Frasa sandi folder data (paling sedikit 10 karakter)').fill(PASSPHRASE);
    await page.getByLabel('Ulangi frasa sandi').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buat folder data' }).click();
    const code = await page.getByTestId('recovery-code').innerText();
    expect(code).toMatch(/^([0-9A-Z]{5}-){6}[0-9A-Z]{5}$/);
    await expect(page.getByRole('button', { name: 'Lanjutkan' })).toBeDisabled();
    await page.getByLabel('Saya sudah mencatat kode pemulihan ini').check();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();

    await server.stop();
    server = await startServer(dataDir, { locked: true });
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Buka folder data Muskel' })).toBeVisible();
    await page.getByLabel('Frasa sandi folder data').fill('bukan frasa sandinya');
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByRole('alert')).toContainText('Frasa sandi folder data salah');
    await page.getByRole('button', { name: 'Lupa frasa sandi? Pakai kode pemulihan' }).click();
    await page.getByLabel('Kode pemulihan').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
