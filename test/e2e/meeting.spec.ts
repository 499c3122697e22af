import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { aHousehold } from '../fixtures/households';
import { aMeeting, aProposal } from '../fixtures/meetings';
import { expect, test } from './fixtures';
import { api } from './server';
import { SETTINGS } from './settings-data';


interface Created {
  id: number;
  members: { name: string }[];
}

test('a whole Musyawarah Kelurahan: create, attendance, 10 proposals, keyboard decisions, closing, locked afterwards', async ({ page, muskel }) => {
  test.setTimeout(120_000);
  const server = muskel.server;
  await api(server, 'session.setOperator', { name: 'Siti Nurhayati' });
  await api(server, 'settings.save', SETTINGS);
  const households: Created[] = [];
  for (let i = 0; i < 9; i++) households.push(await api<Created>(server, 'households.create', aHousehold({ desil: i % 2 === 0 ? 3 : 6 })));

  await page.goto(server.url);
  await page.getByRole('link', { name: 'Musyawarah' }).click();
  await page.getByRole('link', { name: '+ Musyawarah baru' }).click();
  await page.getByLabel('Tanggal (HH-BB-TTTT)').fill('27-11-2026');
  await page.getByLabel('Nomor surat berita acara').fill('400.9/131/35.73.05.1004/2026');
  await page.getByRole('button', { name: 'Buat musyawarah' }).click();
  await expect(page.getByRole('heading', { name: 'Musyawarah Kelurahan Dinoyo' })).toBeVisible();
  await expect(page.getByText('Jumat, 27 November 2026')).toBeVisible();

  // Attendance by keyboard: type, Tab, Enter.
  const name = page.getByLabel('Nama peserta');
  await name.fill('Drs. Bambang Suharyanto, M.Si.');
  await page.getByLabel('Unsur').selectOption('LURAH');
  await name.press('Enter');
  await expect(page.getByRole('table', { name: 'Daftar hadir' }).getByRole('row')).toHaveCount(2);
  await name.fill('Suparno');
  await page.getByLabel('Unsur').selectOption('RT');
  await page.getByLabel('RT', { exact: true }).fill('3');
  await page.getByLabel('RW', { exact: true }).fill('5');
  await page.getByLabel('RW', { exact: true }).press('Enter');
  await name.fill('Endang Lestari');
  await page.getByLabel('Unsur').selectOption('PKK');
  await page.getByLabel('Hadir', { exact: true }).uncheck();
  await name.press('Enter');
  await expect(page.getByRole('table', { name: 'Daftar hadir' })).toContainText('Tidak hadir');
  await expect(page.getByText('hadir 2 dari 3 orang')).toBeVisible();

  // Two proposals through the form: one for a registered family, one registering a new family (BARU).
  await page.getByRole('link', { name: 'Usulan', exact: true }).click();
  await page.getByRole('button', { name: '+ Tambah usulan' }).click();
  await page.getByRole('searchbox', { name: 'Cari keluarga yang diusulkan' }).fill('budi');
  await page.getByRole('list', { name: 'Hasil pencarian keluarga' }).getByRole('button').first().click();
  await expect(page.getByTestId('chosen-household')).toContainText('Budi Santoso');
  await page.getByLabel('PKH', { exact: true }).check();
  await page.getByLabel('Alasan usulan').fill('Anak sekolah SMP, belum menerima bantuan.');
  await page.getByRole('button', { name: 'Tambahkan usulan' }).click();
  await expect(page.getByTestId('proposal-0')).toContainText('Budi Santoso');

  await page.getByRole('button', { name: '+ Tambah usulan' }).click();
  await page.getByRole('button', { name: '+ Daftarkan keluarga baru' }).click();
  await page.getByLabel('No. KK').fill('3573051203150999');
  await page.getByLabel('Alamat (jalan, gang, nomor)').fill('Jl. Joyo Agung Gg. 3 No. 9');
  await page.getByLabel('RT', { exact: true }).fill('2');
  await page.getByLabel('RW', { exact: true }).fill('4');
  const head = page.getByTestId('member-0');
  await head.getByLabel('NIK').fill('3573051705800999');
  await head.getByLabel('Nama lengkap').fill('Wagimin Hartono');
  await head.getByLabel('Tempat lahir').fill('Malang');
  await head.getByLabel('Tanggal lahir').fill('17-05-1980');
  await page.getByRole('button', { name: 'Simpan keluarga' }).click();
  await expect(page.getByTestId('chosen-household')).toContainText('Wagimin Hartono');
  await expect(page.getByLabel('Jenis usulan')).toHaveValue('BARU');
  await page.getByLabel('Sembako (BPNT)').check();
  await page.getByLabel('Alasan usulan').fill('Belum terdata di DTSEN.');
  await page.getByRole('button', { name: 'Tambahkan usulan' }).click();
  await expect(page.getByTestId('proposal-1')).toContainText('Wagimin Hartono');

  // Eight more arrive from the RT/RW lists.
  const meetingId = Number(/musyawarah\/(\d+)/.exec(page.url())?.[1]);
  for (const h of households.slice(1)) {
    await api(server, 'proposals.add', {
      meetingId,
      proposal: { householdId: h.id, memberId: null, kind: 'USULAN_PROGRAM', programs: ['PKH'], deactivationReason: null, reason: 'Usulan RT', source: 'RT_RW' },
    });
  }
  await page.reload();
  await expect(page.getByTestId(/^proposal-\d+$/)).toHaveCount(10);
  await expect(page.getByTestId('proposal-2')).toContainText('Diusulkan untuk PKH, tetapi keluarga berada di desil 6 (PKH: desil 1–4).');

  // The meeting starts; every decision is taken with the keyboard in meeting mode.
  await page.getByRole('button', { name: 'Mulai musyawarah' }).click();
  await page.getByRole('button', { name: 'Mode rapat (layar proyektor)' }).click();
  const mode = page.getByTestId('meeting-mode');
  await expect(page.getByTestId('mode-progress')).toHaveText('0 dari 10 diputuskan');
  for (let i = 0; i < 10; i++) {
    await expect(mode).toContainText(`Usulan ${i + 1} dari 10`);
    if (i % 5 === 3) {
      await page.keyboard.press('2');
      await expect(page.getByRole('alert')).toHaveText('Tulis alasan penolakan, lalu tekan Enter.');
      await page.keyboard.type('Keluarga dinilai mampu oleh RT');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('mode-decision')).toHaveText('Ditolak');
    } else if (i % 5 === 4) {
      await page.keyboard.press('c');
      await page.keyboard.type('Menunggu KK terbaru');
      await page.keyboard.press('Escape');
      await page.keyboard.press('3');
      await expect(page.getByTestId('mode-decision')).toHaveText('Ditunda');
    } else {
      await page.keyboard.press('1');
      await expect(page.getByTestId('mode-decision')).toHaveText('Disetujui');
      if (i === 0) {
        await page.keyboard.press('g');
        await expect(mode.getByText('Perlu groundcheck').first()).toBeVisible();
      }
    }
    await expect(page.getByTestId('mode-progress')).toHaveText(`${i + 1} dari 10 diputuskan`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowLeft');
  await expect(mode).toContainText('Usulan 9 dari 10');
  await page.keyboard.press('Escape');

  // Saved the moment they were made: the server already has all ten.
  const decided = await api<{ decision: string | null; groundcheck: boolean; decisionNote: string }[]>(server, 'proposals.list', { meetingId });
  expect(decided.map((p) => p.decision)).toEqual(['DISETUJUI', 'DISETUJUI', 'DISETUJUI', 'DITOLAK', 'DITUNDA', 'DISETUJUI', 'DISETUJUI', 'DISETUJUI', 'DITOLAK', 'DITUNDA']);
  expect(decided[0]?.groundcheck).toBe(true);
  expect(decided[3]?.decisionNote).toBe('Keluarga dinilai mampu oleh RT');

  // Closing shows the summary and asks first.
  await page.getByRole('button', { name: 'Selesaikan musyawarah' }).click();
  const dialog = page.getByRole('dialog', { name: 'Selesaikan musyawarah?' });
  await expect(dialog).toContainText('Hadir 2 dari 3 peserta');
  await expect(dialog.getByRole('row', { name: /Usulan program/ })).toContainText('9');
  await dialog.getByRole('button', { name: 'Selesaikan dan kunci' }).click();
  await expect(page.getByText('Musyawarah ini sudah selesai dan terkunci').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Tambah usulan' })).toHaveCount(0);

  // Afterwards no door can change it.
  const first = decided[0] as unknown as { id: number };
  const refused = await fetch(`${server.origin}/api/proposals.decide`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Muskel-Token': server.token },
    body: JSON.stringify({ proposalId: first.id, decision: 'DITOLAK', groundcheck: false, note: 'diubah setelah selesai' }),
  });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('terkunci') } });
  // The minutes: preview from the same template, then the PDF.
  await page.getByRole('link', { name: 'Berita acara & daftar hadir' }).click();
  const preview = page.frameLocator('iframe[title="Pratinjau dokumen"]');
  await expect(preview.getByRole('heading', { name: 'BERITA ACARA MUSYAWARAH KELURAHAN' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam');
  await expect(preview.locator('body')).toContainText('Wagimin Hartono');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan sebagai PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('berita-acara-3573051004-20261127.pdf');
  const pdfPath = join(muskel.dataDir, 'unduhan.pdf');
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('KELURAHAN DINOYO');
  expect(text).toContain('Keluarga dinilai mampu oleh RT');
  await page.getByRole('tab', { name: 'Daftar hadir' }).click();
  await expect(preview.getByRole('heading', { name: 'DAFTAR HADIR MUSYAWARAH KELURAHAN' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('Endang Lestari');

  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await expect(page.getByRole('table', { name: 'Riwayat perubahan' })).toContainText('SELESAI');
  await expect(page.getByRole('table', { name: 'Riwayat perubahan' })).toContainText('Siti Nurhayati');
});

test('a dialog left open on one meeting does not follow the operator to another meeting', async ({ page, muskel }) => {
  const server = muskel.server;
  await api(server, 'session.setOperator', { name: 'Siti Nurhayati' });
  await api(server, 'settings.save', SETTINGS);
  const first = await api<{ id: number }>(server, 'meetings.create', aMeeting({ letterNumber: '400.9/201/35.73.05.1004/2026' }));
  const second = await api<{ id: number }>(server, 'meetings.create', aMeeting({ letterNumber: '400.9/202/35.73.05.1004/2026', date: '2026-11-28' }));
  await api(server, 'meetings.start', { id: second.id });

  await page.goto(`${server.url}#/musyawarah/${String(second.id)}/usulan`);
  await page.getByRole('button', { name: 'Selesaikan musyawarah' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goto(`${server.url}#/musyawarah/${String(first.id)}/usulan`);
  await expect(page.getByText('400.9/201/35.73.05.1004/2026')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('keys pressed faster than the saves arrive build on each other: 1 then G keeps the approval', async ({ page, muskel }) => {
  const server = muskel.server;
  await api(server, 'session.setOperator', { name: 'Siti Nurhayati' });
  await api(server, 'settings.save', SETTINGS);
  const meeting = await api<{ id: number }>(server, 'meetings.create', aMeeting());
  for (let i = 0; i < 3; i++) {
    const household = await api<Created>(server, 'households.create', aHousehold());
    await api(server, 'proposals.add', { meetingId: meeting.id, proposal: aProposal(household.id) });
  }
  await api(server, 'meetings.start', { id: meeting.id });

  // A slow office PC: the renderer runs at a sixth of this machine's speed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto(`${server.url}#/musyawarah/${String(meeting.id)}/rapat`);
  await expect(page.getByTestId('mode-progress')).toHaveText('0 dari 3 diputuskan');
  for (const key of ['1', 'g', 'ArrowRight', '1', 'ArrowRight', 'g', '1']) await page.keyboard.press(key);
  await expect(page.getByTestId('mode-progress')).toHaveText('3 dari 3 diputuskan');
  const saved = await api<{ decision: string | null; groundcheck: boolean }[]>(server, 'proposals.list', { meetingId: meeting.id });
  expect(saved.map((p) => [p.decision, p.groundcheck])).toEqual([['DISETUJUI', true], ['DISETUJUI', false], ['DISETUJUI', true]]);
});
