import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHousehold } from '../../../../main/services/households';
import { addRuleSet } from '../../../../main/services/rules';
import { listWorklist } from '../../../../main/services/worklist';
import type { WorklistFilter } from '../../../../shared/dtsen/worklist-schema';
import type { HouseholdInput } from '../../../../shared/household/schema';
import { KEPMENSOS_79_2025 } from '../../../../shared/rules/ruleset';
import { rawDb, tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember } from '../../../fixtures/households';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

const ALL: WorklistFilter = { codes: [], rw: null, rt: null, program: null };
const list = (filter: Partial<WorklistFilter> = {}, offset = 0, limit: number | null = null) => listWorklist(ctx, { filter: { ...ALL, ...filter }, offset, limit });
const adults = () => [aMember(), aMember({ name: 'Siti Aminah', sex: 'P', birthDate: '1984-09-02', relationship: 'ISTRI' })];
const add = (h: Partial<HouseholdInput>) => createHousehold(ctx, aHousehold(h)).id;

/** One family per reason, one that fits the rules, and one whose only component is a toddler. */
function register() {
  return {
    suspended: add({ desil: 5, programs: ['PKH', 'SEMBAKO', 'PBI_JK'], rw: 2, rt: 1 }),
    fits: add({ desil: 4, programs: ['PKH', 'SEMBAKO', 'PBI_JK'], rw: 1, rt: 1 }),
    above: add({ desil: 7, programs: ['SEMBAKO'], rw: 1, rt: 2, members: adults() }),
    eligible: add({ desil: 3, programs: [], rw: 1, rt: 1 }),
    missing: add({ desil: null, programs: ['PBI_JK'], rw: 3, rt: 4, members: adults() }),
    toddler: add({
      desil: 3, programs: ['SEMBAKO', 'PBI_JK'], rw: 3, rt: 1,
      members: [...adults(), aMember({ name: 'Putri', sex: 'P', birthDate: '2023-03-01', relationship: 'ANAK', education: 'BELUM_SEKOLAH', occupation: 'TIDAK_BEKERJA', maritalStatus: 'BELUM_KAWIN' })],
    }),
  };
}

describe('Daftar periksa over the register', () => {
  it('lists one item per family and reason, by RW, RT and family, with the head of family and the rule set in force today', () => {
    const f = register();
    const page = list();
    expect(page.today).toBe('2026-11-28');
    expect(page.ruleSet).toEqual({ code: KEPMENSOS_79_2025.code, decree: KEPMENSOS_79_2025.decree });
    expect(page.items.map((i) => [i.householdId, i.code, i.concerns])).toEqual([
      [f.eligible, 'LAYAK_BELUM_MENERIMA', ['PKH', 'SEMBAKO', 'PBI_JK']],
      [f.above, 'BANSOS_DI_ATAS_DESIL', ['SEMBAKO']],
      [f.suspended, 'PKH_DITANGGUHKAN', ['PKH']],
      [f.toddler, 'LAYAK_BELUM_MENERIMA', ['PKH']],
      [f.missing, 'TIDAK_ADA_DI_DTSEN', ['PBI_JK']],
    ]);
    expect(page.items[2]).toMatchObject({ name: 'Budi Santoso', rt: 1, rw: 2, desil: 5, programs: ['PKH', 'SEMBAKO', 'PBI_JK'] });
    expect(page.counts).toEqual({ PKH_DITANGGUHKAN: 1, BANSOS_DI_ATAS_DESIL: 1, LAYAK_BELUM_MENERIMA: 2, TIDAK_ADA_DI_DTSEN: 1 });
    expect(page.total).toBe(5);
  });

  it('filters by code, RW, RT and programme, counts per code within the area, and pages', () => {
    const f = register();
    expect(list({ codes: ['LAYAK_BELUM_MENERIMA'] }).items.map((i) => i.householdId)).toEqual([f.eligible, f.toddler]);
    const rw1 = list({ rw: 1 });
    expect(rw1.counts).toEqual({ PKH_DITANGGUHKAN: 0, BANSOS_DI_ATAS_DESIL: 1, LAYAK_BELUM_MENERIMA: 1, TIDAK_ADA_DI_DTSEN: 0 });
    expect(list({ rw: 1, rt: 2 }).items.map((i) => i.householdId)).toEqual([f.above]);
    expect(list({ program: 'PKH' }).items.map((i) => i.householdId)).toEqual([f.eligible, f.suspended, f.toddler]);
    const second = list({}, 1, 2);
    expect(second.total).toBe(5);
    expect(second.items.map((i) => i.householdId)).toEqual([f.above, f.suspended]);
  });

  it('follows a newer rule set once it is in force, not before', () => {
    const f = register();
    addRuleSet(ctx, { ...KEPMENSOS_79_2025, code: 'ATURAN-DESEMBER', decree: 'Keputusan Uji Desember', validFrom: '2026-12-01', pkhSuspendFromDesil: 8 });
    expect(list({ codes: ['PKH_DITANGGUHKAN'] }).items.map((i) => i.householdId)).toEqual([f.suspended]);
    addRuleSet(ctx, { ...KEPMENSOS_79_2025, code: 'ATURAN-NOVEMBER', decree: 'Keputusan Uji November', validFrom: '2026-11-28', pkhSuspendFromDesil: 6 });
    const page = list();
    expect(page.ruleSet.code).toBe('ATURAN-NOVEMBER');
    expect(page.counts.PKH_DITANGGUHKAN).toBe(0);
  });

  it('sees a change committed by another connection, and a member without a birth date brings no age-based component', () => {
    const f = register();
    expect(list({ codes: ['LAYAK_BELUM_MENERIMA'] }).items.map((i) => i.householdId)).toContain(f.toddler);
    const raw = rawDb(ctx);
    try {
      raw.prepare("UPDATE members SET birth_date = '' WHERE household_id = ? AND name = 'Putri'").run(f.toddler);
    } finally {
      raw.close();
    }
    expect(list({ codes: ['LAYAK_BELUM_MENERIMA'] }).items.map((i) => i.householdId)).toEqual([f.eligible]);
  });
});
