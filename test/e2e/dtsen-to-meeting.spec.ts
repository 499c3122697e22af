import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aFamily, toCsv } from '../fixtures/dtsen/extract';
import { aMeeting } from '../fixtures/meetings';
import { setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { DtsenImportPage } from './pages/dtsen-import';
import { MeetingModePage } from './pages/meeting-mode';
import { WorklistPage } from './pages/worklist';
import { api } from './server';

test.beforeEach(async ({ muskel }) => {
  await setUpOffice(muskel.server);
});

const LETTER = '400.9/160/35.73.05.1004/2026';

test('from DTSEN data to the meeting: imported families show up in the Daftar periksa, become proposals and are discussed in meeting mode', async ({ page, muskel }) => {
  const server = muskel.server;
  const slid = aFamily(undefined, { desil: '6', pkh: 'YA', bpnt: 'TIDAK', pbi: 'TIDAK' }).map((r, i) => (i === 0 ? { ...r, nama: 'SUTRISNO WIBOWO' } : r));
  const poor = aFamily(undefined, { desil: '1', pkh: 'YA', bpnt: 'YA', pbi: 'YA' });
  const folder = mkdtempSync(join(tmpdir(), 'muskel-e2e-dtsen-meeting-'));
  try {
    const file = join(folder, 'dtsen.csv');
    writeFileSync(file, toCsv([...slid, ...poor]));
    const meeting = await api(server, 'meetings.create', aMeeting({ letterNumber: LETTER }));

    await page.goto(server.url);
    const importer = new DtsenImportPage(page);
    await importer.open();
    await importer.choose(file);
    await importer.importNow();
    await expect(importer.counts('Keluarga')).toHaveText(['2', '0', '0', '0']);

    const worklist = new WorklistPage(page);
    await worklist.open();
    await worklist.expectCount('PKH_DITANGGUHKAN', 1);
    await worklist.toggleCode('PKH_DITANGGUHKAN');
    await expect(worklist.rows()).toHaveCount(1);
    await worklist.chooseAll();
    await expect(await worklist.propose(LETTER)).toContainText('1 usulan ditambahkan; 0 dilewati');

    await api(server, 'meetings.start', { id: meeting.id });
    const mode = new MeetingModePage(page, server);
    await mode.open(meeting.id);
    await expect(mode.screen).toContainText('SUTRISNO WIBOWO');
    await expect(mode.screen).toContainText('Peninjauan desil');
    await expect(mode.screen).toContainText(/Desil\s*6/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
