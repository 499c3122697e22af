import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateIn } from '../../shared/format/time-zone';
import { newIdentity } from '../../main/package/age-stream';
import { FIXED_NOW } from '../fixtures/clock';
import { aHousehold } from '../fixtures/households';
import { aMeeting, aProposal } from '../fixtures/meetings';
import { setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { api } from './server';

const PASSPHRASE = 'frasa sandi kelurahan dinoyo';
/** Named after the day the server's clock says it is, in the kelurahan's zone (WIB). */
const BAG = `usulan-3573051004-${dateIn('WIB', FIXED_NOW).replaceAll('-', '')}-01`;

test('keys, "Kirim ke Dinsos" with progress, then Dinsos checks the package in Periksa Paket', async ({ page, muskel }) => {
  test.setTimeout(120_000);
  const server = muskel.server;
  await setUpOffice(server);
  const h = await api(server, 'households.create', aHousehold());
  const meeting = await api(server, 'meetings.create', aMeeting());
  await api(server, 'meetings.start', { id: meeting.id });
  const p = await api(server, 'proposals.add', { meetingId: meeting.id, proposal: aProposal(h.id) });
  await api(server, 'proposals.decide', { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
  await api(server, 'meetings.close', { id: meeting.id, carryToMeetingId: null });
  const dinsos = await newIdentity();

  // Pengaturan > Kunci
  await page.goto(`${server.url}#/pengaturan`);
  await page.getByLabel('Frasa sandi (paling sedikit 10 karakter)', { exact: true }).fill('pendek');
  await page.getByLabel('Ulangi frasa sandi', { exact: true }).fill('pendek');
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  await expect(page.getByText('Frasa sandi paling sedikit 10 karakter')).toBeVisible();
  await page.getByLabel('Frasa sandi (paling sedikit 10 karakter)', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Ulangi frasa sandi', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  // Two deliberately slow scrypt seals (minisign's and age's): about 3 s idle, longer on a loaded CI machine.
  await expect(page.getByTestId('key-id')).toHaveText(/^[0-9A-F]{16}$/, { timeout: 30_000 });
  const keyId = await page.getByTestId('key-id').innerText();
  await page.getByLabel('Tempel kunci age1… atau pilih berkasnya').fill('age1bukan');
  await page.getByRole('button', { name: 'Simpan kunci penerima' }).click();
  await expect(page.getByText('Kunci penerima Dinsos harus berupa kunci publik age')).toBeVisible();
  await page.getByLabel('Tempel kunci age1… atau pilih berkasnya').fill(dinsos.recipient);
  await page.getByRole('button', { name: 'Simpan kunci penerima' }).click();
  await expect(page.getByTestId('dinsos-recipient')).toHaveText(dinsos.recipient);
  const [pubDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh kunci publik (.pub) untuk Dinsos' }).click()]);
  const pubPath = join(muskel.dataDir, 'kelurahan.pub');
  await pubDownload.saveAs(pubPath);
  expect(readFileSync(pubPath, 'utf8')).toContain(`minisign public key ${keyId}`);

  // Kirim ke Dinsos
  await page.goto(`${server.url}#/musyawarah/${meeting.id}/kirim`);
  await page.getByLabel('Frasa sandi kunci kelurahan').fill('salah sekali');
  await page.getByRole('button', { name: 'Buat paket' }).click();
  await expect(page.getByText('Frasa sandi kunci salah')).toBeVisible();
  await page.getByLabel('Frasa sandi kunci kelurahan').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat paket' }).click();
  await expect(page.getByText('Paket selesai:')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Kemajuan pembuatan paket' })).toHaveAttribute('value', '5');
  await expect(page.getByText('Terkirim').first()).toBeVisible();
  const sent = readdirSync(join(muskel.dataDir, 'kiriman'));
  expect(sent).toEqual([`${BAG}.zip.age`]);
  // A second package, cancelled at once: said as a cancellation, not as an error, and nothing more is written.
  await page.getByLabel('Frasa sandi kunci kelurahan').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat paket' }).click();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pembuatan paket dibatalkan; tidak ada berkas yang ditulis.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(readdirSync(join(muskel.dataDir, 'kiriman'))).toEqual(sent);
  const packagePath = join(muskel.dataDir, 'kiriman', sent[0] ?? '');
  const identityPath = join(muskel.dataDir, 'dinsos.txt');
  writeFileSync(identityPath, `${dinsos.identity}\n`);

  // Periksa Paket (Dinsos)
  await page.getByRole('link', { name: 'Periksa Paket' }).click();
  await page.getByLabel('Paket (.zip.age atau .zip)').setInputFiles(packagePath);
  await page.getByLabel('Identitas Dinsos (age, untuk paket terenkripsi)').setInputFiles(identityPath);
  await page.getByLabel('Kunci publik kelurahan (.pub; boleh beberapa)').setInputFiles(pubPath);
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByTestId('verdict')).toContainText(`SAH: paket ${BAG} asli dan lengkap. Ditandatangani kunci ${keyId}.`);
  await expect(page.getByRole('table', { name: 'Usulan dalam paket' })).toContainText('Budi Santoso');
  await expect(page.getByRole('button', { name: 'Buka berita acara (PDF)' })).toBeVisible();

  const tampered = join(muskel.dataDir, `${BAG}.zip.age`);
  const bytes = readFileSync(packagePath);
  const middle = Math.floor(bytes.length / 2);
  bytes.writeUInt8((bytes.readUInt8(middle) ^ 0xff) & 0xff, middle);
  writeFileSync(tampered, bytes);
  await page.getByLabel('Paket (.zip.age atau .zip)').setInputFiles(tampered);
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByTestId('verdict')).toContainText('TIDAK SAH');
  await expect(page.getByTestId('verdict')).toContainText('tidak dapat didekripsi');
});
