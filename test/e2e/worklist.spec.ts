import { aHousehold, aMember } from '../fixtures/households';
import { aMeeting } from '../fixtures/meetings';
import { setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { WorklistPage } from './pages/worklist';
import { api } from './server';

test.beforeEach(async ({ muskel }) => {
  await setUpOffice(muskel.server);
});

const LETTER = '400.9/150/35.73.05.1004/2026';

test('Daftar periksa: counts per code, filtered, a row opens its family, chosen rows and a whole code become proposals of the meeting', async ({ page, muskel }) => {
  const server = muskel.server;
  const adults = () => [aMember({ name: 'Sutrisno Wibowo' }), aMember({ name: 'Kasiyem', sex: 'P', birthDate: '1984-09-02', relationship: 'ISTRI' })];
  const suspended = await api(server, 'households.create', aHousehold({ desil: 6, programs: ['PKH', 'SEMBAKO'], rw: 3, members: adults() }));
  await api(server, 'households.create', aHousehold({ desil: 3, programs: ['SEMBAKO', 'PBI_JK'], rw: 1 }));
  await api(server, 'households.create', aHousehold({ desil: 2, programs: ['PKH', 'SEMBAKO'], rw: 2 }));
  await api(server, 'households.create', aHousehold({ desil: null, programs: ['PBI_JK'], rw: 1, members: [aMember({ name: 'Wagimin Hartono' })] }));
  const meeting = await api(server, 'meetings.create', aMeeting({ letterNumber: LETTER }));

  await page.goto(server.url);
  const worklist = new WorklistPage(page);
  await worklist.open();
  await expect(page.getByTestId('worklist-about')).toHaveText('Per Sabtu, 28 November 2026 · Keputusan Menteri Sosial Nomor 79/HUK/2025');
  await worklist.expectCount('PKH_DITANGGUHKAN', 1);
  await worklist.expectCount('BANSOS_DI_ATAS_DESIL', 1);
  await worklist.expectCount('LAYAK_BELUM_MENERIMA', 2);
  await worklist.expectCount('TIDAK_ADA_DI_DTSEN', 1);
  await expect(worklist.rows()).toHaveCount(5);

  await page.getByLabel('RW').fill('3');
  await expect(worklist.rows()).toHaveCount(2);
  await worklist.expectCount('LAYAK_BELUM_MENERIMA', 0);
  await worklist.rows().filter({ hasText: 'PKH ditangguhkan' }).getByText('Sutrisno Wibowo').click();
  await expect(page).toHaveURL(new RegExp(`#/keluarga/${String(suspended.id)}$`));
  await page.goBack();

  await worklist.open();
  await worklist.choose('Sutrisno Wibowo', 'PKH ditangguhkan');
  await expect(page.getByTestId('worklist-chosen')).toHaveText('1 baris dipilih');
  await expect(await worklist.propose(LETTER)).toContainText('1 usulan ditambahkan; 0 dilewati');
  await worklist.dialog.getByRole('button', { name: 'Tutup' }).click();

  await worklist.toggleCode('LAYAK_BELUM_MENERIMA');
  await expect(worklist.rows()).toHaveCount(2);
  await worklist.chooseAll();
  await expect(page.getByTestId('worklist-chosen')).toHaveText('2 baris dipilih');
  await expect(await worklist.propose(LETTER)).toContainText('2 usulan ditambahkan; 0 dilewati');
  await worklist.dialog.getByRole('link', { name: 'Buka usulan musyawarah' }).click();

  const list = page.getByRole('list', { name: 'Daftar usulan' });
  await expect(list).toContainText('Sutrisno Wibowo');
  await expect(list).toContainText('Peninjauan desil');
  const proposals = await api(server, 'proposals.list', { meetingId: meeting.id });
  expect(proposals.map((p) => [p.kind, p.source, p.groundcheck, p.programs])).toEqual([
    ['PENINJAUAN_DESIL', 'DTSEN', true, []],
    ['USULAN_PROGRAM', 'DTSEN', false, ['PKH']],
    ['USULAN_PROGRAM', 'DTSEN', false, ['PBI_JK']],
  ]);
});

test('Rekap: families and people per RW, desil and programme with charts, and the Daftar periksa per code', async ({ page, muskel }) => {
  const server = muskel.server;
  await api(server, 'households.create', aHousehold({ desil: 6, programs: ['PKH'], rw: 3, members: [aMember()] }));
  await api(server, 'households.create', aHousehold({ desil: 2, programs: ['SEMBAKO'], rw: 1 }));
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Rekap' }).click();
  await expect(page.getByTestId('rekap-total')).toHaveText('2 keluarga · 4 jiwa');
  const byRw = page.getByRole('table', { name: 'Per RW' });
  await expect(byRw.getByRole('row', { name: /^RW 001/ })).toContainText('1');
  await expect(page.getByRole('table', { name: 'Per program' }).getByRole('row', { name: /^PKH/ })).toHaveText(/PKH\s*1\s*1/);
  await expect(page.locator('.recharts-wrapper')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Cetak…' })).toBeEnabled();
});
