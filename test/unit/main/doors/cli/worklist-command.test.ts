import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext } from '../../../../../main/app/open-context';
import { createHousehold } from '../../../../../main/services/households';
import { createMeeting } from '../../../../../main/services/meetings';
import { muskel as run } from '../../../../fixtures/cli';
import { openTestFolder } from '../../../../fixtures/context';
import { aHousehold, aMember } from '../../../../fixtures/households';
import { aMeeting, withSettings } from '../../../../fixtures/meetings';

let dir: string;
let ids: { suspended: number; eligible: number; missing: number };
const muskel = (...args: string[]) => run([...args, '--data-dir', dir]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-worklist-'));
  const { ctx } = await openTestFolder(dir);
  ctx.session.operator = 'Operator Uji';
  await withSettings(ctx);
  const adults = () => [aMember(), aMember({ name: 'Siti Aminah', sex: 'P', birthDate: '1984-09-02', relationship: 'ISTRI' })];
  ids = {
    suspended: createHousehold(ctx, aHousehold({ desil: 6, programs: ['PKH', 'SEMBAKO'], rw: 1, rt: 1, members: adults() })).id,
    eligible: createHousehold(ctx, aHousehold({ desil: 3, programs: ['SEMBAKO', 'PBI_JK'], rw: 1, rt: 2 })).id,
    missing: createHousehold(ctx, aHousehold({ desil: null, programs: ['PBI_JK'], rw: 2, rt: 1, members: adults() })).id,
  };
  createHousehold(ctx, aHousehold({ desil: 8, programs: [], members: adults() }));
  await createMeeting(ctx, aMeeting());
  await closeContext(ctx);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonPage {
  counts: Record<string, number>;
  total: number;
  items: { code: string; householdId: number; kk: string; name: string; rt: number; rw: number; desil: number | null; programs: string[]; message: string }[];
}

describe('muskel worklist', () => {
  it('--json gives the counts per code and every item with code, household, KK, head, RT/RW, desil, programmes and message', () => {
    const { code, stdout } = muskel('worklist', '--json');
    expect(code).toBe(0);
    const page = JSON.parse(stdout) as JsonPage;
    expect(page.counts).toEqual({ PKH_DITANGGUHKAN: 1, BANSOS_DI_ATAS_DESIL: 1, LAYAK_BELUM_MENERIMA: 1, TIDAK_ADA_DI_DTSEN: 1 });
    expect(page.items.map((i) => [i.code, i.householdId])).toEqual([
      ['PKH_DITANGGUHKAN', ids.suspended],
      ['BANSOS_DI_ATAS_DESIL', ids.suspended],
      ['LAYAK_BELUM_MENERIMA', ids.eligible],
      ['TIDAK_ADA_DI_DTSEN', ids.missing],
    ]);
    expect(page.items[0]).toMatchObject({ name: 'Budi Santoso', rt: 1, rw: 1, desil: 6, programs: ['PKH', 'SEMBAKO'], message: expect.stringContaining('groundcheck') as string });
    expect(page.items[0]?.kk).toMatch(/^\d{16}$/);
  });

  it('--code keeps the codes asked for; an unknown code is a usage error', () => {
    const page = JSON.parse(muskel('worklist', '--code', 'TIDAK_ADA_DI_DTSEN', '--code', 'pkh_ditangguhkan', '--json').stdout) as JsonPage;
    expect(page.items.map((i) => i.code)).toEqual(['PKH_DITANGGUHKAN', 'TIDAK_ADA_DI_DTSEN']);
    const bad = muskel('worklist', '--code', 'SALAH');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Kode tidak dikenal: SALAH');
  }, 40_000);

  it('--xlsx writes the list as a private spreadsheet with No. KK as text', async () => {
    const file = join(dir, 'daftar-periksa.xlsx');
    const { code, stdout } = muskel('worklist', '--xlsx', file);
    expect(code).toBe(0);
    expect(stdout).toContain('PKH_DITANGGUHKAN             1');
    expect(stdout).toContain(`Daftar periksa (4 baris) ditulis ke ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Daftar periksa');
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(1).getCell(4).value).toBe('No. KK');
    const kk = sheet?.getRow(2).getCell(4);
    expect(typeof kk?.value).toBe('string');
    expect(kk?.numFmt).toBe('@');
  });

  it('propose adds the items to the meeting and prints {"added":n,"skipped":n}; a second run skips them all', () => {
    const first = muskel('worklist', 'propose', '--meeting', '1', '--json');
    expect(first.code).toBe(0);
    // PKH suspended and Sembako above the threshold share one desil review.
    expect(JSON.parse(first.stdout)).toEqual({ added: 3, skipped: 0 });
    expect(JSON.parse(muskel('worklist', 'propose', '--meeting', '1', '--code', 'LAYAK_BELUM_MENERIMA', '--json').stdout)).toEqual({ added: 0, skipped: 1 });
    const text = muskel('worklist', 'propose', '--meeting', '1');
    expect(text.stdout).toContain('0 usulan ditambahkan ke musyawarah #1; 3 dilewati karena sudah diusulkan.');
  }, 60_000);

  it('propose without --meeting is a usage error; an unknown meeting is refused', () => {
    expect(muskel('worklist', 'propose').code).toBe(2);
    const missing = muskel('worklist', 'propose', '--meeting', '99');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Musyawarah dengan id 99 tidak ditemukan');
  }, 40_000);
});
