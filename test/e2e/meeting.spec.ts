import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { aHousehold } from '../fixtures/households';
import { aMeeting, aProposal } from '../fixtures/meetings';
import { OPERATOR, REJECTION_NOTE, aDecidedMeeting, aMeetingWithProposals, setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { MeetingModePage } from './pages/meeting-mode';
import { api, apiResult } from './server';

test.beforeEach(async ({ muskel }) => {
  await setUpOffice(muskel.server);
});

test('a new meeting from the form, then its attendance taken by keyboard: type, Tab, Enter', async ({ page, muskel }) => {
  await page.goto(muskel.server.url);
  await page.getByRole('link', { name: 'Musyawarah' }).click();
  await page.getByRole('link', { name: '+ Musyawarah baru' }).click();
  await page.getByLabel('Tanggal (HH-BB-TTTT)').fill('27-11-2026');
  await page.getByLabel('Nomor surat berita acara').fill('400.9/131/35.73.05.1004/2026');
  await page.getByRole('button', { name: 'Buat musyawarah' }).click();
  await expect(page.getByRole('heading', { name: 'Musyawarah Kelurahan Dinoyo' })).toBeVisible();
  await expect(page.getByText('Jumat, 27 November 2026')).toBeVisible();

  // Each name is typed once the one before is in the list: adding clears the form for the next name.
  const name = page.getByLabel('Nama peserta');
  const list = page.getByRole('table', { name: 'Daftar hadir' });
  await name.fill('Drs. Bambang Suharyanto, M.Si.');
  await page.getByLabel('Unsur').selectOption('LURAH');
  await name.press('Enter');
  await expect(list).toContainText('Drs. Bambang Suharyanto, M.Si.');
  await expect(list.getByRole('row')).toHaveCount(2);
  await name.fill('Suparno');
  await page.getByLabel('Unsur').selectOption('RT');
  await page.getByLabel('RT', { exact: true }).fill('3');
  await page.getByLabel('RW', { exact: true }).fill('5');
  await page.getByLabel('RW', { exact: true }).press('Enter');
  await expect(list).toContainText('Suparno');
  await name.fill('Endang Lestari');
  await page.getByLabel('Unsur').selectOption('PKK');
  await page.getByLabel('Hadir', { exact: true }).uncheck();
  await name.press('Enter');
  await expect(list).toContainText('Tidak hadir');
  await expect(page.getByText('hadir 2 dari 3 orang')).toBeVisible();

  const [meeting] = await api(muskel.server, 'meetings.list', {});
  const attendees = await api(muskel.server, 'attendees.list', { meetingId: meeting?.id ?? 0 });
  expect(attendees.map((a) => [a.name, a.unsur, a.rt, a.rw, a.present])).toEqual([
    ['Drs. Bambang Suharyanto, M.Si.', 'LURAH', null, null, true],
    ['Suparno', 'RT', 3, 5, true],
    ['Endang Lestari', 'PKK', null, null, false],
  ]);
});

test('proposals from the form: a registered family, and a new family registered on the spot (BARU); hints from the rule set', async ({ page, muskel }) => {
  const server = muskel.server;
  const meeting = await api(server, 'meetings.create', aMeeting());
  await api(server, 'households.create', aHousehold({ desil: 3 }));
  const wellOff = await api(server, 'households.create', aHousehold({ desil: 6 }));

  await page.goto(`${server.url}#/musyawarah/${String(meeting.id)}/usulan`);
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

  // One more arrives from an RT's list while the page is open.
  await api(server, 'proposals.add', { meetingId: meeting.id, proposal: aProposal(wellOff.id) });
  await page.reload();
  await expect(page.getByTestId(/^proposal-\d+$/)).toHaveCount(3);
  await expect(page.getByTestId('proposal-2')).toContainText('Diusulkan untuk PKH, tetapi keluarga berada di desil 6 (PKH: desil 1–4).');
});

test('deciding by keyboard in meeting mode: 1, 2 with its reason, C then 3, G, the arrows and Esc, each saved at once', async ({ page, muskel }) => {
  const server = muskel.server;
  const meetingId = await aMeetingWithProposals(server, 10);
  await page.goto(`${server.url}#/musyawarah/${String(meetingId)}/usulan`);
  await page.getByRole('button', { name: 'Mulai musyawarah' }).click();
  await page.getByRole('button', { name: 'Mode rapat (layar proyektor)' }).click();

  const mode = new MeetingModePage(page, server);
  await mode.expectProgress(0, 10);
  for (let i = 0; i < 10; i++) {
    await mode.expectProposal(i + 1, 10);
    if (i % 5 === 3) {
      await mode.decide('DITOLAK');
      await mode.expectPrompt('Tulis alasan penolakan, lalu tekan Enter.');
      await mode.type(REJECTION_NOTE);
      await mode.saveNote();
      await mode.expectDecision('Ditolak');
    } else if (i % 5 === 4) {
      await mode.note('Menunggu KK terbaru');
      await mode.leaveNote();
      await mode.decide('DITUNDA');
      await mode.expectDecision('Ditunda');
    } else {
      await mode.decide('DISETUJUI');
      await mode.expectDecision('Disetujui');
      if (i === 0) {
        await mode.toggleGroundcheck();
        await mode.expectGroundcheck();
      }
    }
    await mode.expectProgress(i + 1, 10);
    await mode.next();
  }
  await mode.previous();
  await mode.expectProposal(9, 10);
  await mode.exit();
  await expect(page.getByRole('heading', { name: 'Musyawarah Kelurahan Dinoyo' })).toBeVisible();

  const decided = await api(server, 'proposals.list', { meetingId });
  expect(decided.map((p) => p.decision)).toEqual(['DISETUJUI', 'DISETUJUI', 'DISETUJUI', 'DITOLAK', 'DITUNDA', 'DISETUJUI', 'DISETUJUI', 'DISETUJUI', 'DITOLAK', 'DITUNDA']);
  expect(decided.map((p) => p.groundcheck)).toEqual([true, false, false, false, false, false, false, false, false, false]);
  expect(decided[3]?.decisionNote).toBe(REJECTION_NOTE);
  expect(decided[4]?.decisionNote).toBe('Menunggu KK terbaru');
});

test('closing shows the counts per kind and asks first; afterwards the meeting is locked for the screen and every door', async ({ page, muskel }) => {
  const server = muskel.server;
  const meetingId = await aDecidedMeeting(server);
  await page.goto(`${server.url}#/musyawarah/${String(meetingId)}/usulan`);
  await page.getByRole('button', { name: 'Selesaikan musyawarah' }).click();
  const dialog = page.getByRole('dialog', { name: 'Selesaikan musyawarah?' });
  await expect(dialog).toContainText('Hadir 2 dari 3 peserta');
  await expect(dialog.getByRole('row', { name: /Usulan program/ })).toContainText('9');
  await dialog.getByRole('button', { name: 'Selesaikan dan kunci' }).click();
  await expect(page.getByText('Musyawarah ini sudah selesai dan terkunci').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Tambah usulan' })).toHaveCount(0);

  const [first] = await api(server, 'proposals.list', { meetingId });
  const refused = await apiResult(server, 'proposals.decide', { proposalId: first?.id ?? 0, decision: 'DITOLAK', groundcheck: false, note: 'diubah setelah selesai' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('terkunci') } });

  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await expect(page.getByRole('table', { name: 'Riwayat perubahan' })).toContainText('Sedang berlangsung → Selesai');
  await expect(page.getByRole('table', { name: 'Riwayat perubahan' })).toContainText(OPERATOR);
});

test('the minutes: a preview from the one template, the same berita acara as PDF, and the daftar hadir', async ({ page, muskel }) => {
  const server = muskel.server;
  const meetingId = await aDecidedMeeting(server);
  await api(server, 'meetings.close', { id: meetingId, carryToMeetingId: null });

  await page.goto(`${server.url}#/musyawarah/${String(meetingId)}/usulan`);
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
  expect(text).toContain(REJECTION_NOTE);

  await page.getByRole('tab', { name: 'Daftar hadir' }).click();
  await expect(preview.getByRole('heading', { name: 'DAFTAR HADIR MUSYAWARAH KELURAHAN' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('Endang Lestari');
});

test('a dialog left open on one meeting does not follow the operator to another meeting', async ({ page, muskel }) => {
  const server = muskel.server;
  const first = await api(server, 'meetings.create', aMeeting({ letterNumber: '400.9/201/35.73.05.1004/2026' }));
  const second = await api(server, 'meetings.create', aMeeting({ letterNumber: '400.9/202/35.73.05.1004/2026', date: '2026-11-28' }));
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
  const meetingId = await aMeetingWithProposals(server, 3);
  await api(server, 'meetings.start', { id: meetingId });

  // A slow office PC: the renderer runs at a sixth of this machine's speed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const mode = new MeetingModePage(page, server);
  await mode.open(meetingId);
  await mode.expectProgress(0, 3);
  await mode.decide('DISETUJUI');
  await mode.toggleGroundcheck();
  await mode.next();
  await mode.decide('DISETUJUI');
  await mode.next();
  await mode.toggleGroundcheck();
  await mode.decide('DISETUJUI');
  await mode.expectProgress(3, 3);
  const saved = await api(server, 'proposals.list', { meetingId });
  expect(saved.map((p) => [p.decision, p.groundcheck])).toEqual([['DISETUJUI', true], ['DISETUJUI', false], ['DISETUJUI', true]]);
});
