import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assignGroundcheck } from '../main/services/groundcheck/assignments';
import type { ServiceContext } from '../main/services/context';
import { listCityProposals } from '../main/services/inbox/city-proposals';
import { jpegWithExif } from '../test/fixtures/exif-jpeg';
import { DINSOS_PASSPHRASE } from '../test/fixtures/inbox';
import type { Shoot } from './screenshots-dinsos';

const OUT = join(import.meta.dirname, '..', 'screenshots');

/** A drawn shop front with a pickup, photographed by the browser: a second groundcheck photo, without EXIF. */
const SHOP = `<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">
<rect width="480" height="360" fill="#cfe8f7"/><rect y="280" width="480" height="80" fill="#9a9a9a"/>
<rect x="40" y="110" width="400" height="175" fill="#f2e6c9" stroke="#7d6a45" stroke-width="3"/>
<rect x="40" y="80" width="400" height="42" fill="#1f5fa8"/><text x="240" y="109" font-family="sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">TB. MAJU JAYA</text>
<rect x="70" y="150" width="150" height="135" fill="#5b4a38"/><rect x="260" y="150" width="150" height="135" fill="#5b4a38"/>
<rect x="250" y="235" width="170" height="55" rx="8" fill="#d23c2a"/><rect x="250" y="215" width="70" height="30" rx="6" fill="#d23c2a"/>
<circle cx="285" cy="292" r="16" fill="#222"/><circle cx="390" cy="292" r="16" fill="#222"/></svg></body>`;

async function shopPhoto(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 480, height: 360 } });
  await page.setContent(SHOP);
  const photo = await page.screenshot({ type: 'jpeg', quality: 80 });
  await page.close();
  return photo;
}

/** The first page of a PDF the browser downloaded, as a PNG next to the screenshots (poppler's pdftoppm). */
async function firstPageOf(page: Page, click: () => Promise<void>, name: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const dir = mkdtempSync(join(tmpdir(), 'muskel-shots-pdf-'));
  try {
    const pdf = join(dir, 'formulir.pdf');
    await download.saveAs(pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    renameSync(join(dir, 'page.png'), join(OUT, `${name}.png`));
    console.log(`screenshots/${name}.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Dinsos closes the loop on the packages of shootDinsos: flagged proposals assigned to two officers, one family's
 * result with its photos, the printed form, statuses set in Usulan Kota with the history of a returned and of a
 * groundchecked proposal, the answer for Dinoyo and the SIKS-NG sheet.
 * Answers where the answer for Dinoyo was written.
 */
export async function shootDinsosLoop(browser: Browser, page: Page, url: string, ctx: ServiceContext, photo: Buffer, shoot: Shoot): Promise<string> {
  const gc = page.getByRole('table', { name: 'Daftar groundcheck' });
  await page.goto(`${url}#/groundcheck`);
  await page.getByRole('button', { name: 'Tugaskan semua…' }).click();
  const assign = page.getByRole('dialog', { name: 'Tugaskan groundcheck' });
  await assign.getByLabel('Petugas groundcheck').fill('Budi Santoso');
  await assign.getByLabel('Tanggal kunjungan (HH-BB-TTTT)').fill('27-11-2026');
  await shoot(page, '47-dinsos-groundcheck-tugaskan');
  await assign.getByRole('button', { name: 'Tugaskan' }).click();
  await assign.getByRole('status').waitFor();
  await assign.getByRole('button', { name: 'Tutup' }).click();
  // A second officer takes the kelurahan further north, on Tuesday.
  const north = (await listCityProposals(ctx, { groundcheck: true })).rows.filter((r) => ['3573051002', '3573051006'].includes(r.kelurahanCode));
  await assignGroundcheck(ctx, { officer: 'Rina Wulandari', plannedDate: '2026-12-01', proposalIds: north.map((r) => r.id) });
  await page.reload();
  await gc.getByRole('row').nth(1).waitFor();

  await gc.getByRole('button', { name: 'Catat hasil Bambang Sugiarto' }).click();
  const result = page.getByRole('dialog');
  await result.getByRole('radio', { name: /^Tidak layak/ }).check();
  await result.getByLabel('Desil disarankan').selectOption({ label: 'Desil 7' });
  await result.getByLabel('Catatan pemeriksaan').fill('Memiliki toko bangunan dan mobil pikap atas nama istri; sanggahan warga terbukti.');
  await result.getByRole('button', { name: 'Simpan hasil' }).click();
  await result.getByRole('status').waitFor();
  const front = jpegWithExif({ latitude: -7.9419072, longitude: 112.6138459, dateTimeOriginal: '2026:11:27 10:42:05' }, photo);
  await result.getByLabel('Foto kunjungan (JPEG atau PNG, paling besar 5 MB)').setInputFiles({ name: 'IMG_20261127_104205.jpg', mimeType: 'image/jpeg', buffer: front });
  await result.getByLabel('Judul foto').fill('Tampak depan rumah');
  await result.getByRole('button', { name: 'Tambah foto' }).click();
  await result.getByRole('img', { name: 'Tampak depan rumah' }).waitFor();
  await result.getByLabel('Foto kunjungan (JPEG atau PNG, paling besar 5 MB)').setInputFiles({ name: 'toko.jpg', mimeType: 'image/jpeg', buffer: await shopPhoto(browser) });
  await result.getByLabel('Judul foto').fill('Toko bangunan milik keluarga');
  await result.getByRole('button', { name: 'Tambah foto' }).click();
  await result.getByRole('img', { name: 'Toko bangunan milik keluarga' }).waitFor();
  await result.getByRole('heading', { name: 'Groundcheck: Bambang Sugiarto' }).scrollIntoViewIfNeeded();
  await shoot(page, '48-dinsos-groundcheck-hasil');
  await result.getByRole('form', { name: 'Tambah foto groundcheck' }).scrollIntoViewIfNeeded();
  await shoot(page, '49-dinsos-groundcheck-foto');
  await result.getByRole('button', { name: 'Tutup' }).click();
  await gc.getByRole('row').filter({ hasText: 'Tidak layak' }).waitFor();
  await shoot(page, '50-dinsos-groundcheck', { fullPage: true });
  await page.getByLabel('Petugas', { exact: true }).selectOption('Budi Santoso');
  await page.getByTestId('gc-total').filter({ hasText: /dari 2$/ }).waitFor();
  await firstPageOf(page, () => page.getByRole('button', { name: /^Cetak formulir/ }).click(), '51-dinsos-formulir-groundcheck');

  await page.getByRole('link', { name: 'Usulan Kota' }).click();
  await page.getByLabel('Kelurahan', { exact: true }).selectOption({ label: 'Dinoyo' });
  await page.getByLabel('Pilih Sutrisno Hadi (Dinoyo)').check();
  await page.getByRole('button', { name: 'Tanggapi…' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Status tanggapan').selectOption({ label: 'Diterima' });
  await dialog.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await dialog.getByRole('status').waitFor();
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await page.getByLabel('Pilih Wahyuni Lestari (Dinoyo)').check();
  await page.getByRole('button', { name: 'Tanggapi…' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Status tanggapan').selectOption({ label: 'Dikembalikan' });
  await dialog.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await dialog.getByText('Usulan yang dikembalikan wajib disertai alasan').waitFor();
  await shoot(page, '52-dinsos-tanggapi-alasan');
  await dialog.getByLabel('Catatan untuk kelurahan').fill('Surat keterangan pindah dari Kab. Malang belum dilampirkan.');
  await dialog.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await dialog.getByRole('status').waitFor();
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await page.getByTestId('city-total').filter({ hasText: /^5 usulan$/ }).waitFor();
  await page.getByRole('table', { name: 'Usulan kota' }).getByRole('row').filter({ hasText: 'Dikembalikan' }).waitFor();
  await shoot(page, '53-dinsos-usulan-tanggapan');
  await page.getByRole('table', { name: 'Usulan kota' }).getByRole('row').filter({ hasText: 'Wahyuni Lestari' }).click();
  dialog = page.getByRole('dialog', { name: 'Wahyuni Lestari' });
  await dialog.getByRole('table', { name: 'Riwayat perubahan' }).getByRole('row').filter({ hasText: 'Status usulan' }).waitFor();
  await dialog.getByRole('button', { name: 'Tutup' }).scrollIntoViewIfNeeded();
  await shoot(page, '53b-dinsos-usulan-riwayat');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('table', { name: 'Usulan kota' }).getByRole('row').filter({ hasText: 'Bambang Sugiarto' }).click();
  dialog = page.getByRole('dialog', { name: 'Bambang Sugiarto' });
  await dialog.getByRole('table', { name: 'Riwayat perubahan' }).getByRole('row').filter({ hasText: 'Dicatat hasil groundcheck' }).waitFor();
  await dialog.getByRole('button', { name: 'Tutup' }).scrollIntoViewIfNeeded();
  await shoot(page, '53c-dinsos-usulan-riwayat-groundcheck');
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  await page.getByRole('link', { name: 'Kotak Masuk' }).click();
  await page.getByRole('button', { name: /^Buat tanggapan untuk Dinoyo/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Frasa sandi kunci Dinsos').fill(DINSOS_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Buat tanggapan' }).click();
  const path = (await dialog.getByTestId('answer-path').textContent()) ?? '';
  await shoot(page, '54-dinsos-tanggapan-dibuat');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh lembar SIKS-NG (XLSX)' }).click()]);
  await page.getByText(/^Lembar berisi/).waitFor();
  await shoot(page, '55-dinsos-siks-ng');
  return path;
}
