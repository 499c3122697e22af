import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jpegWithExif } from '../fixtures/exif-jpeg';
import { nikFor } from '../fixtures/households';
import { aMeeting } from '../fixtures/meetings';
import { PASSPHRASE as KELURAHAN_PASSPHRASE } from '../fixtures/package';
import { DINSOS_PASSPHRASE, KelurahanPackages, dinsosPublicKeyFile, serveKelurahan, setUpDinsos, trustKelurahan } from './arrange-dinsos';
import { expect, test } from './fixtures';
import { CityProposalsPage } from './pages/city-proposals';
import { AnswersPage } from './pages/dinsos-answers';
import { InboxPage } from './pages/dinsos-inbox';
import { GroundcheckPage } from './pages/groundcheck';
import { api } from './server';

const DINOYO = '3573051004';
const SUMBERSARI = '3573051005';
const RETURN_NOTE = 'KK belum diperbarui di Dukcapil, lampirkan KK terbaru';
const packages = new KelurahanPackages();
const files = mkdtempSync(join(tmpdir(), 'muskel-loop-'));
test.afterAll(async () => {
  await packages.cleanup();
  rmSync(files, { recursive: true, force: true });
});

test('Dinsos closes the loop: one man proposed by two kelurahan is checked on the ground with a photo, Dinoyo gets its answer, sees each status on its meeting and carries the returned proposal on', async ({ page, muskel }) => {
  test.setTimeout(240_000);
  const dinsos = muskel.server;
  const { recipient } = await setUpDinsos(dinsos);
  const twin = { nik: nikFor('L', '1975-03-02'), sex: 'L' as const, birthDate: '1975-03-02' };
  const dinoyo = await packages.make(recipient, {}, twin);
  const sumbersari = await packages.make(recipient, { kelurahanCode: SUMBERSARI }, twin);
  await trustKelurahan(dinsos, dinoyo, DINOYO);
  await trustKelurahan(dinsos, sumbersari, SUMBERSARI);

  // Dinsos receives both packages and sees the same man in both.
  const inbox = new InboxPage(page);
  await page.goto(`${dinsos.url}#/kotak-masuk`);
  await inbox.add([dinoyo.path, sumbersari.path], DINSOS_PASSPHRASE);
  await expect(await inbox.counts()).toHaveText('2 paket diimpor · 0 menggantikan paket lama · 0 sudah pernah diimpor (dilewati) · 0 ditolak');
  const city = new CityProposalsPage(page);
  await city.open();
  await city.check('Ada temuan lintas kelurahan');
  await city.expectTotal(2);
  await expect(city.rowsFrom('Dinoyo')).toContainText('Kelurahan Sumbersari juga mengusulkan NIK yang sama (usulan nomor 1');

  // An officer goes to see him in Dinoyo.
  await page.getByLabel('Pilih Sutrisno Hadi (Dinoyo)').check();
  await expect(page.getByTestId('city-chosen')).toHaveText('1 usulan dipilih');
  await page.getByRole('button', { name: 'Tugaskan groundcheck…' }).click();
  const assign = page.getByRole('dialog', { name: 'Tugaskan groundcheck' });
  await assign.getByRole('button', { name: 'Tugaskan' }).click();
  await expect(assign.getByText('Nama petugas groundcheck wajib diisi (paling sedikit 3 huruf)')).toBeVisible();
  await assign.getByLabel('Petugas groundcheck').fill('Budi Santoso');
  await assign.getByLabel('Tanggal kunjungan (HH-BB-TTTT)').fill('27-11-2026');
  await assign.getByRole('button', { name: 'Tugaskan' }).click();
  await expect(assign.getByRole('status')).toHaveText('1 usulan ditugaskan: Budi Santoso, Jumat, 27 November 2026.');
  await assign.getByRole('link', { name: 'Buka daftar groundcheck' }).click();

  const groundcheck = new GroundcheckPage(page);
  await expect(page.getByRole('heading', { name: 'Groundcheck', exact: true })).toBeVisible();
  await expect(page.getByTestId('gc-unassigned')).toHaveText('1 usulan perlu groundcheck belum ditugaskan');
  await groundcheck.filter('Petugas', 'Budi Santoso');
  await expect(groundcheck.table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Tanggal kunjungan').fill('01-12-2026');
  await expect(page.getByText('Tidak ada usulan groundcheck dengan saringan ini.')).toBeVisible();
  await page.getByLabel('Tanggal kunjungan').fill('27-11-2026');
  await expect(groundcheck.table.getByRole('row')).toHaveCount(2);
  await expect(groundcheck.row('Sutrisno Hadi')).toContainText('Jumat, 27 November 2026');
  await expect(groundcheck.row('Sutrisno Hadi')).toContainText('Belum diperiksa');
  const [forms] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Cetak formulir (1)' }).click()]);
  expect(forms.suggestedFilename()).toBe('formulir-groundcheck-20261127.pdf');
  expect(readFileSync(await forms.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The officer's result and his photo, whose camera wrote where and when it was taken.
  await groundcheck.openResult('Sutrisno Hadi');
  const result = groundcheck.dialog;
  await result.getByRole('button', { name: 'Simpan hasil' }).click();
  await expect(result.getByText('Pilih salah satu hasil pemeriksaan')).toBeVisible();
  await result.getByRole('radio', { name: /^Layak/ }).check();
  await result.getByLabel('Desil disarankan').selectOption({ label: 'Desil 3' });
  await result.getByLabel('Catatan pemeriksaan').fill('Rumah kontrakan berdinding bambu, dua anak bersekolah.');
  await result.getByRole('button', { name: 'Simpan hasil' }).click();
  await expect(result.getByRole('status')).toHaveText('Hasil groundcheck disimpan. Status usulan di Usulan Kota kini Groundcheck: layak.');
  const photo = join(files, 'IMG_20261127_091530.jpg');
  writeFileSync(photo, jpegWithExif({ latitude: -7.9700944, longitude: 112.6293333, dateTimeOriginal: '2026:11:27 09:15:30' }));
  await groundcheck.addPhoto(photo, 'Tampak depan');
  const card = result.getByTestId('gc-photo');
  await expect(card.getByRole('img', { name: 'Tampak depan' })).toBeVisible();
  await expect(card).toContainText('Lokasi: 7,970094° LS, 112,629333° BT');
  await expect(card).toContainText('Diambil: Jumat, 27 November 2026 pukul 09.15');
  await expect(card.getByRole('link', { name: 'Buka lokasi di peta (OpenStreetMap)' })).toHaveAttribute('href', 'https://www.openstreetmap.org/?mlat=-7.970094&mlon=112.629333#map=18/-7.970094/112.629333');
  await result.getByRole('button', { name: 'Tutup' }).click();
  await expect(groundcheck.row('Sutrisno Hadi')).toContainText('Layak');
  await expect(groundcheck.row('Sutrisno Hadi')).toContainText('desil disarankan 3');

  // Dinsos returns Dinoyo's other approved proposal, and must say why.
  await city.open();
  await city.filter('Kelurahan', 'Dinoyo');
  await city.filter('Keputusan musyawarah', 'Disetujui');
  await city.filter('Status Dinsos', 'Belum ditanggapi');
  await city.expectTotal(1);
  await page.getByRole('button', { name: 'Pilih semua 1 usulan sesuai saringan' }).click();
  await page.getByRole('button', { name: 'Tanggapi…' }).click();
  const answer = page.getByRole('dialog', { name: 'Tanggapi 1 usulan' });
  await answer.getByLabel('Status tanggapan').selectOption({ label: 'Dikembalikan' });
  await answer.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await expect(answer.getByText('Usulan yang dikembalikan wajib disertai alasan')).toBeVisible();
  await answer.getByLabel('Catatan untuk kelurahan').fill(RETURN_NOTE);
  await answer.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await expect(answer.getByRole('status')).toContainText('1 usulan kini berstatus Dikembalikan.');
  await answer.getByRole('button', { name: 'Tutup' }).click();
  await city.expectTotal(0);

  // Sumbersari's twin proposal is answered from its own panel.
  await city.filter('Kelurahan', 'Sumbersari');
  await city.openRow('Sutrisno Hadi');
  await city.detail.getByLabel('Status tanggapan').selectOption({ label: 'Dalam proses' });
  await city.detail.getByLabel('Catatan untuk kelurahan').fill('Menunggu hasil groundcheck di Kelurahan Dinoyo');
  await city.detail.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await expect(city.detail.getByRole('status')).toContainText('Tanggapan disimpan: Dalam proses.');
  await city.detail.getByRole('button', { name: 'Tutup' }).click();
  await city.expectTotal(1);

  // The answer for Dinoyo, and the SIKS-NG sheet of what Dinsos accepted.
  await inbox.open();
  await inbox.packages.getByRole('button', { name: 'Buat tanggapan untuk Dinoyo Jumat, 27 November 2026' }).click();
  const build = page.getByRole('dialog', { name: 'Tanggapan untuk Kelurahan Dinoyo' });
  await build.getByLabel('Frasa sandi kunci Dinsos').fill(DINSOS_PASSPHRASE);
  await build.getByRole('button', { name: 'Buat tanggapan' }).click();
  const answerFile = 'tanggapan-3573051004-20261128-01.zip.age';
  await expect(build.getByTestId('answer-file')).toHaveText(answerFile);
  await expect(build.getByTestId('answer-path')).toHaveText(join(muskel.dataDir, 'tanggapan', answerFile));
  const statuses = build.getByRole('table', { name: 'Status dalam tanggapan' });
  await expect(statuses.getByRole('row').filter({ hasText: 'Dikembalikan' })).toContainText('1');
  await expect(statuses.getByRole('row').filter({ hasText: 'Groundcheck: layak' })).toContainText('1');
  await expect(statuses.getByRole('row').filter({ hasText: 'Dalam proses' })).toContainText('1');
  await expect(statuses.getByRole('row').filter({ hasText: 'Jumlah' })).toContainText('3');
  await build.getByRole('button', { name: 'Tutup' }).click();
  await expect(inbox.packages.getByRole('row').filter({ hasText: 'Dinoyo' })).toContainText('Dibuat Sabtu, 28 November 2026');
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh lembar SIKS-NG (XLSX)' }).click()]);
  expect(sheet.suggestedFilename()).toBe('siks-ng-3573-20261128.xlsx');
  expect(readFileSync(await sheet.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText('Lembar berisi 1 usulan yang diterima Dinsos.')).toBeVisible();

  // Dinoyo's secretary, at the kelurahan's own computer.
  const pub = await dinsosPublicKeyFile(dinsos, files);
  const kelurahan = await serveKelurahan(dinoyo);
  try {
    const next = await api(kelurahan, 'meetings.create', aMeeting({ date: '2026-12-18', letterNumber: '400.9/150/35.73.05.1004/2026' }));
    await page.goto(`${kelurahan.url}#/tanggapan`);
    await expect(page.getByText('Kunci publik Dinsos belum disimpan')).toBeVisible();
    await page.getByRole('link', { name: 'Pengaturan > Kunci' }).click();
    await page.getByLabel('Berkas kunci publik Dinsos (.pub)').setInputFiles(pub.path);
    await expect(page.getByTestId('dinsos-chosen-key-id')).toContainText(`ID kunci dalam berkas: ${pub.keyId}`);
    await page.getByRole('button', { name: 'Simpan kunci publik Dinsos' }).click();
    await expect(page.getByTestId('dinsos-key-id')).toHaveText(pub.keyId);

    const answers = new AnswersPage(page);
    await answers.open();
    const path = join(muskel.dataDir, 'tanggapan', answerFile);
    await answers.openAnswer(path, 'bukan frasa sandinya');
    // The key passphrase opens the age identity through age's scrypt in JavaScript: seconds on a loaded machine.
    await expect(page.getByRole('alert')).toHaveText('Frasa sandi kunci salah', { timeout: 30_000 });
    await answers.openAnswer(path, KELURAHAN_PASSPHRASE);
    await expect(answers.opened.getByRole('status')).toHaveText('Tanggapan dibuka: Musyawarah Jumat, 27 November 2026, berita acara nomor 400.9/131/35.73.05.1004/2026, 3 usulan.', {
      timeout: 30_000,
    });
    await expect(answers.count('Groundcheck: layak')).toHaveText('1');
    await expect(answers.count('Dikembalikan')).toHaveText('1');
    await expect(answers.count('Dalam proses')).toHaveText('1');
    await answers.opened.getByRole('link', { name: 'Lihat usulan musyawarah' }).click();
    await expect(page.getByTestId('proposal-0').getByTestId('dinsos-answer')).toHaveText('Tanggapan Dinsos Groundcheck: layakHasil groundcheck: layak; desil disarankan 3');
    await expect(page.getByTestId('proposal-1').getByTestId('dinsos-answer')).toHaveText('Tanggapan Dinsos Dalam proses');
    await expect(page.getByTestId('proposal-2').getByTestId('dinsos-answer')).toHaveText(`Tanggapan Dinsos Dikembalikan${RETURN_NOTE}`);

    await page.getByRole('button', { name: 'Bawa ke musyawarah berikutnya…' }).click();
    const carry = page.getByRole('dialog', { name: 'Bawa ke musyawarah berikutnya' });
    await expect(carry.getByLabel('Musyawarah tujuan')).toHaveValue(String(next.id));
    await carry.getByRole('button', { name: 'Bawa usulan' }).click();
    await expect(carry.getByTestId('carry-result')).toHaveText('1 usulan dibawa ke musyawarah Jumat, 18 Desember 2026.');
    await carry.getByRole('link', { name: 'Buka usulan musyawarah itu' }).click();
    const carried = page.getByTestId('proposal-0');
    await expect(carried).toContainText('=CMD|calc');
    await carried.getByRole('button', { name: /^Rincian/ }).click();
    await expect(carried).toContainText(`(Tanggapan Dinsos atas musyawarah 27 November 2026: ${RETURN_NOTE})`);

    await page.goto(`${kelurahan.url}#/musyawarah/${dinoyo.meetingId}/riwayat`);
    const history = page.getByRole('table', { name: 'Riwayat perubahan' });
    await expect(history.getByRole('row').filter({ hasText: 'tanggapan Dinsos: Groundcheck: layak; catatan Dinsos: Hasil groundcheck: layak; desil disarankan 3' })).toHaveCount(1);
    await expect(history.getByRole('row').filter({ hasText: `berkas: ${answerFile}` })).toHaveCount(1);

    // The same file a second time changes nothing, and says why.
    await answers.open();
    await answers.openAnswer(path, KELURAHAN_PASSPHRASE);
    await expect(answers.refused).toContainText('Berkas tanggapan tidak dapat dibuka; tidak ada status usulan yang berubah.');
    await expect(answers.refused.getByRole('listitem')).toHaveCount(1);
    await expect(answers.refused.getByRole('listitem')).toContainText('Tanggapan ini sudah dibuka pada Sabtu, 28 November 2026');
    await expect(page.getByRole('table', { name: 'Tanggapan yang sudah dibuka' }).getByRole('row').filter({ hasText: answerFile })).toHaveCount(1);
  } finally {
    await kelurahan.stop();
  }
});
