import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext } from '../../../../../main/app/open-context';
import { createHousehold } from '../../../../../main/services/households';
import { muskel as run } from '../../../../fixtures/cli';
import { openTestFolder } from '../../../../fixtures/context';
import { aHousehold, aMember } from '../../../../fixtures/households';

let dir: string;
const muskel = (...args: string[]) => run([...args, '--data-dir', dir]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-rekap-'));
  const { ctx } = await openTestFolder(dir);
  ctx.session.operator = 'Operator Uji';
  createHousehold(ctx, aHousehold({ rw: 3, desil: 6, programs: ['PKH'], members: [aMember()] }));
  createHousehold(ctx, aHousehold({ rw: 1, desil: null, programs: ['SEMBAKO'] }));
  await closeContext(ctx);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muskel rekap', () => {
  it('--json gives the numbers of the Rekap page and the Daftar periksa counts', () => {
    const { code, stdout } = muskel('rekap', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Record<string, unknown> & { byRw: unknown[]; byDesil: { desil: number | null; families: number }[]; worklist: Record<string, number> };
    expect(Object.keys(r)).toEqual(['families', 'people', 'byRw', 'byDesil', 'byProgram', 'worklist']);
    expect([r.families, r.people]).toEqual([2, 4]);
    expect(r.byRw).toEqual([
      { rw: 1, families: 1, people: 3, familiesByDesil: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
      { rw: 3, families: 1, people: 1, familiesByDesil: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0] },
    ]);
    expect(r.byDesil.map((d) => d.desil)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null]);
    expect(r.worklist).toEqual({ PKH_DITANGGUHKAN: 1, BANSOS_DI_ATAS_DESIL: 0, LAYAK_BELUM_MENERIMA: 0, TIDAK_ADA_DI_DTSEN: 1 });
  });

  it('prints the same numbers as tables', () => {
    const { code, stdout } = muskel('rekap');
    expect(code).toBe(0);
    expect(stdout).toContain('Jumlah: 2 keluarga, 4 jiwa');
    expect(stdout).toMatch(/RW 003 +1 +1 +0 +0 +0 +0 +0 +1/);
    expect(stdout).toMatch(/PKH_DITANGGUHKAN +1 +PKH ditangguhkan/);
  });
});
