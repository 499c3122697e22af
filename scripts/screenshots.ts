import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { TEST_DB_PASSPHRASE, openTestFolder } from '../test/fixtures/context';
import { DataFolder } from '../main/vault/data-folder';
import { RENDERER_DIR } from '../main/doors/http/serve';
import { startHttpDoor } from '../main/doors/http/server';
import { fillDemo } from '../main/services/demo';
import { generateKey, keyInfo, setDinsosRecipient } from '../main/services/keys';
import { newIdentity } from '../main/package/age-stream';
import { shootDtsenImport } from './screenshots-dtsen';
import { shootWorklist } from './screenshots-worklist';

/** `npm run screenshots`: the screens a secretary sees, as PNGs in screenshots/, from fresh demo data. */
const OUT = join(import.meta.dirname, '..', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: options.fullPage === true });
  console.log(`screenshots/${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const emptyDir = mkdtempSync(join(tmpdir(), 'muskel-shots-empty-'));
const lockedDir = mkdtempSync(join(tmpdir(), 'muskel-shots-locked-'));
await (await openTestFolder(lockedDir)).folder.close();
const locked = new DataFolder(lockedDir, 'browser');
const damagedDir = mkdtempSync(join(tmpdir(), 'muskel-shots-damaged-'));
{
  const { folder, ctx } = await openTestFolder(damagedDir);
  ctx.session.operator = 'Siti Nurhayati';
  await fillDemo(ctx, { households: 200, seed: 2 });
  ctx.backups.start(ctx, undefined);
  await ctx.backups.settleAll();
  await folder.close();
  const dbFile = join(damagedDir, 'muskel.sqlite');
  writeFileSync(dbFile, Buffer.from(readFileSync(dbFile).fill(0x41, 4096 * 3, 4096 * 5)));
}
const damaged = new DataFolder(damagedDir, 'browser');
const demoDir = mkdtempSync(join(tmpdir(), 'muskel-shots-demo-'));
const empty = new DataFolder(emptyDir, 'browser');
const { folder: demoFolder, ctx: demo } = await openTestFolder(demoDir);
await fillDemo(demo, { households: 20_000, seed: 1 });
demo.session.operator = 'Siti Nurhayati';
await generateKey(demo, 'frasa sandi kelurahan dinoyo', false);
const dinsos = await newIdentity();
setDinsosRecipient(demo, dinsos.recipient);
writeFileSync(join(demoDir, 'dinsos.txt'), `${dinsos.identity}\n`);
writeFileSync(join(demoDir, 'kelurahan.pub'), keyInfo(demo)?.publicKey ?? '');
await demo.backups.settleAll();
demo.backups.start(demo, undefined);
await demo.backups.settleAll();
const emptyDoor = await startHttpDoor(empty, { port: 0, staticDir: RENDERER_DIR });
const lockedDoor = await startHttpDoor(locked, { port: 0, staticDir: RENDERER_DIR });
const damagedDoor = await startHttpDoor(damaged, { port: 0, staticDir: RENDERER_DIR });
const demoDoor = await startHttpDoor(demoFolder, { port: 0, staticDir: RENDERER_DIR });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });

  await page.goto(emptyDoor.url);
  await page.getByRole('button', { name: 'Komputer baru? Pulihkan dari cadangan' }).click();
  await page.getByLabel(/^Cari cadangan di folder lain/).fill(join(demoDir, 'cadangan'));
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await page.getByRole('table', { name: 'Daftar cadangan' }).waitFor();
  await shoot(page, '00d-restore-new-pc');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByLabel('Frasa sandi folder data (paling sedikit 10 karakter)').fill('frasa sandi kantor dinoyo');
  await page.getByLabel('Ulangi frasa sandi', { exact: true }).fill('frasa sandi kantor dinoyo');
  await shoot(page, '00a-vault-new');
  await page.getByRole('button', { name: 'Buat folder data' }).click();
  await page.getByTestId('recovery-code').waitFor();
  await shoot(page, '00b-vault-recovery-code');
  await page.getByLabel('Saya sudah mencatat kode pemulihan ini').check();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByLabel('Nama operator').fill('Siti Nurhayati');
  await shoot(page, '00-operator');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByLabel('Kelurahan (daftar Kemendagri)').fill('dinoyo');
  await page.getByRole('option').first().waitFor();
  await shoot(page, '01-setup-search');
  await page.getByRole('option').filter({ hasText: 'Kota Malang' }).getByRole('button').click();
  await page.getByLabel('NIP Lurah').fill('1971');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await shoot(page, '02-setup-errors');

  await page.goto(lockedDoor.url);
  await page.getByLabel('Frasa sandi folder data').fill('bukan frasa sandinya');
  await page.getByRole('button', { name: 'Buka' }).click();
  await page.getByRole('alert').waitFor();
  await shoot(page, '00c-vault-locked-wrong');

  await page.goto(damagedDoor.url);
  await page.getByLabel('Frasa sandi folder data').fill(TEST_DB_PASSPHRASE);
  await page.getByRole('button', { name: 'Buka' }).click();
  await page.getByRole('heading', { name: 'Pulihkan data dari cadangan' }).waitFor();
  await shoot(page, '00e-damaged-restore');

  await page.goto(demoDoor.url);
  await page.getByRole('table', { name: 'Daftar keluarga' }).getByRole('row').first().waitFor();
  await shoot(page, '03-list-20000');
  await page.getByRole('searchbox', { name: 'Cari keluarga' }).fill('siti rah');
  await page.getByTestId('household-count').filter({ hasText: 'cocok' }).waitFor();
  await shoot(page, '04-list-search-name');
  await page.getByRole('searchbox', { name: 'Cari keluarga' }).fill('RT 3 RW 5');
  await page.waitForTimeout(300);
  await shoot(page, '05-list-search-rtrw');

  await page.getByRole('link', { name: '+ Tambah keluarga' }).click();
  await page.getByLabel('No. KK').fill('3.57305E+15');
  await page.getByLabel('Alamat (jalan, gang, nomor)').fill('Jl. Joyo Agung No. 3');
  const head = page.getByTestId('member-0');
  await head.getByLabel('NIK').fill('3573051705800000');
  await head.getByLabel('Nama lengkap').fill('Sugeng Riyadi');
  await head.getByLabel('Jenis kelamin').selectOption('P');
  await page.getByRole('button', { name: 'Simpan keluarga' }).click();
  await shoot(page, '06-form-errors');
  await page.screenshot({ path: join(OUT, '07-form-errors-full.png'), fullPage: true });
  console.log('screenshots/07-form-errors-full.png');

  await page.goto(`${demoDoor.url}#/keluarga/1`);
  await page.getByRole('heading', { name: /^Keluarga / }).waitFor();
  await page.screenshot({ path: join(OUT, '08-form-edit-full.png'), fullPage: true });
  console.log('screenshots/08-form-edit-full.png');

  await page.goto(`${demoDoor.url}#/musyawarah`);
  await page.getByRole('table', { name: 'Daftar musyawarah' }).waitFor();
  await shoot(page, '09-meetings');
  await page.goto(`${demoDoor.url}#/musyawarah/2/usulan`);
  await page.getByRole('list', { name: 'Daftar usulan' }).waitFor();
  await shoot(page, '10-meeting-proposals');
  await page.goto(`${demoDoor.url}#/musyawarah/2/hadir`);
  await page.getByRole('table', { name: 'Daftar hadir' }).waitFor();
  await shoot(page, '11-meeting-attendance');
  await page.goto(`${demoDoor.url}#/musyawarah/2/rapat`);
  await page.getByTestId('meeting-mode').waitFor();
  await shoot(page, '12-meeting-mode-1366');
  await page.keyboard.press('2');
  await shoot(page, '13-meeting-mode-reject-needs-reason');
  const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
  await projector.goto(`${demoDoor.url}#/musyawarah/2/rapat`);
  await projector.getByTestId('meeting-mode').waitFor();
  await shoot(projector, '14-meeting-mode-1920');
  await page.goto(`${demoDoor.url}#/musyawarah/2/usulan`);
  await page.getByRole('button', { name: 'Selesaikan musyawarah' }).click();
  await page.getByRole('dialog').getByRole('table').waitFor();
  await shoot(page, '15-close-dialog');
  await page.goto(`${demoDoor.url}#/musyawarah/1/cetak`);
  await page.frameLocator('iframe[title="Pratinjau dokumen"]').getByRole('heading').first().waitFor();
  await shoot(page, '17-minutes-preview');
  await page.goto(`${demoDoor.url}#/musyawarah/1/riwayat`);
  await page.getByRole('table', { name: 'Riwayat perubahan' }).waitFor();
  await shoot(page, '16-meeting-history');

  await page.goto(`${demoDoor.url}#/pengaturan`);
  await page.getByRole('region', { name: 'Kunci' }).scrollIntoViewIfNeeded();
  await shoot(page, '18-settings-keys');
  await page.getByRole('region', { name: 'Folder data' }).scrollIntoViewIfNeeded();
  await shoot(page, '18b-settings-folder');
  const backups = page.getByRole('region', { name: 'Cadangan' });
  await backups.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await backups.getByRole('status').waitFor({ timeout: 60_000 });
  await backups.scrollIntoViewIfNeeded();
  await shoot(page, '18c-settings-backup');
  await page.goto(`${demoDoor.url}#/musyawarah/1/kirim`);
  await page.getByLabel('Frasa sandi kunci kelurahan').fill('frasa sandi kelurahan dinoyo');
  await page.getByRole('button', { name: 'Buat paket' }).click();
  await page.getByTestId('send-step').filter({ hasText: /^Langkah \d dari 5/ }).waitFor();
  await shoot(page, '19-send-progress');
  await page.getByText('Paket selesai:').waitFor({ timeout: 60_000 });
  await shoot(page, '19-send-to-dinsos-done');
  await page.goto(`${demoDoor.url}#/periksa`);
  const sent = readdirSync(join(demoDir, 'kiriman'))[0] ?? '';
  await page.getByLabel('Paket (.zip.age atau .zip)').setInputFiles(join(demoDir, 'kiriman', sent));
  await page.getByLabel('Identitas Dinsos (age, untuk paket terenkripsi)').setInputFiles(join(demoDir, 'dinsos.txt'));
  await page.getByLabel('Kunci publik kelurahan (.pub; boleh beberapa)').setInputFiles(join(demoDir, 'kelurahan.pub'));
  await page.getByRole('button', { name: 'Periksa' }).click();
  await page.getByTestId('verdict').waitFor();
  await shoot(page, '20-verify-ok');
  await shootDtsenImport(page, demoDoor.url, demo, demoDir, shoot);
  await shootWorklist(page, demoDoor.url, demo, shoot);
} finally {
  await browser.close();
  await emptyDoor.close();
  await lockedDoor.close();
  await damagedDoor.close();
  await demoDoor.close();
  await Promise.all([empty.close(), locked.close(), damaged.close(), demoFolder.close()]);
  rmSync(damagedDir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(lockedDir, { recursive: true, force: true });
  rmSync(demoDir, { recursive: true, force: true });
}
