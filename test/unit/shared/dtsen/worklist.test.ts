import { describe, expect, it } from 'vitest';
import { inArea, worklistEntriesOf, worklistItem } from '../../../../shared/dtsen/worklist';
import type { WorklistFamily } from '../../../../shared/dtsen/worklist';
import type { ProgramCode } from '../../../../shared/household/options';
import { componentCutoffs } from '../../../../shared/rules/family-components';
import type { FamilyComponentFacts } from '../../../../shared/rules/family-components';
import { KEPMENSOS_79_2025 } from '../../../../shared/rules/ruleset';
import type { RuleSet } from '../../../../shared/rules/ruleset';

const TODAY = '2026-11-28';
const NONE: FamilyComponentFacts = { youngestBirthDate: '1990-01-01', oldestBirthDate: '1980-05-17', youngestPupilBirthDate: null, anyPregnant: false, anySevereDisability: false };
const PUPIL: FamilyComponentFacts = { ...NONE, youngestBirthDate: '2012-01-30', youngestPupilBirthDate: '2012-01-30' };

function family(desil: number | null, programs: ProgramCode[], components: FamilyComponentFacts = PUPIL): WorklistFamily {
  return { householdId: 7, rt: 3, rw: 5, desil, programs, components };
}
const LABEL = { kk: '3573051203150001', name: 'Budi Santoso', address: 'Jl. MT Haryono 2' };
const entriesOf = (f: WorklistFamily, rules: RuleSet = KEPMENSOS_79_2025) => worklistEntriesOf(f, rules, componentCutoffs(TODAY, rules));
const itemsOf = (f: WorklistFamily, rules: RuleSet = KEPMENSOS_79_2025) => entriesOf(f, rules).map((e) => worklistItem(e, LABEL, rules));
const codes = (f: WorklistFamily, rules: RuleSet = KEPMENSOS_79_2025) => itemsOf(f, rules).map((i) => [i.code, i.concerns]);

describe('Daftar periksa rules (Kepmensos 79/HUK/2025)', () => {
  it('suspends PKH from desil 5, not at desil 4', () => {
    expect(codes(family(4, ['PKH', 'SEMBAKO', 'PBI_JK']))).toEqual([]);
    expect(codes(family(5, ['PKH', 'SEMBAKO', 'PBI_JK']))).toEqual([['PKH_DITANGGUHKAN', ['PKH']]]);
  });

  it('says why PKH is suspended and that a groundcheck is needed', () => {
    const [item] = itemsOf(family(6, ['PKH']));
    expect(item).toEqual({
      code: 'PKH_DITANGGUHKAN', householdId: 7, kk: '3573051203150001', name: 'Budi Santoso', address: 'Jl. MT Haryono 2', rt: 3, rw: 5,
      desil: 6, programs: ['PKH'], concerns: ['PKH'],
      message: 'Penerima PKH berada di desil 6 (PKH ditangguhkan mulai desil 5): PKH dihentikan sementara dan keluarga perlu groundcheck.',
    });
  });

  it('lists Sembako and PBI-JK above their threshold (desil 6, not 5) as one inclusion item beside the suspension', () => {
    expect(codes(family(5, ['SEMBAKO', 'PBI_JK']))).toEqual([]);
    const items = itemsOf(family(6, ['PKH', 'SEMBAKO', 'PBI_JK']));
    expect(items.map((i) => [i.code, i.concerns])).toEqual([['PKH_DITANGGUHKAN', ['PKH']], ['BANSOS_DI_ATAS_DESIL', ['SEMBAKO', 'PBI_JK']]]);
    expect(items[1]?.message).toBe(
      'Menerima Sembako dan PBI-JK di desil 6, di atas ambang (Sembako: desil 1–5; PBI-JK: desil 1–5): kemungkinan salah sasaran (kesalahan inklusi).',
    );
  });

  it('names every programme a family within the thresholds does not receive, PKH only with a component', () => {
    const [item] = itemsOf(family(4, []));
    expect(item?.code).toBe('LAYAK_BELUM_MENERIMA');
    expect(item?.concerns).toEqual(['PKH', 'SEMBAKO', 'PBI_JK']);
    expect(item?.message).toBe(
      'Desil 4 memenuhi syarat PKH, Sembako dan PBI-JK (PKH: desil 1–4; Sembako: desil 1–5; PBI-JK: desil 1–5), tetapi keluarga belum menerimanya: kemungkinan kesalahan eksklusi (layak tetapi tidak menerima). Komponen PKH: anak sekolah.',
    );
    expect(codes(family(4, [], NONE))).toEqual([['LAYAK_BELUM_MENERIMA', ['SEMBAKO', 'PBI_JK']]]);
    expect(codes(family(5, []))).toEqual([['LAYAK_BELUM_MENERIMA', ['SEMBAKO', 'PBI_JK']]]);
    expect(codes(family(6, []))).toEqual([]);
    expect(codes(family(2, ['SEMBAKO']))).toEqual([['LAYAK_BELUM_MENERIMA', ['PKH', 'PBI_JK']]]);
  });

  it('counts each PKH component at its age limit on the day', () => {
    const only = (c: Partial<FamilyComponentFacts>) => codes(family(3, ['SEMBAKO', 'PBI_JK'], { ...NONE, ...c }));
    const pkh = [['LAYAK_BELUM_MENERIMA', ['PKH']]];
    expect(only({})).toEqual([]);
    expect(only({ anyPregnant: true })).toEqual(pkh);
    expect(only({ anySevereDisability: true })).toEqual(pkh);
    // Born 2019-11-29: six until tomorrow; born 2019-11-28: seven today.
    expect(only({ youngestBirthDate: '2019-11-29' })).toEqual(pkh);
    expect(only({ youngestBirthDate: '2019-11-28' })).toEqual([]);
    // A pupil of 21 counts, of 22 (today) not.
    expect(only({ youngestPupilBirthDate: '2004-11-29' })).toEqual(pkh);
    expect(only({ youngestPupilBirthDate: '2004-11-28' })).toEqual([]);
    // Sixty today counts, sixty tomorrow not yet.
    expect(only({ oldestBirthDate: '1966-11-28' })).toEqual(pkh);
    expect(only({ oldestBirthDate: '1966-11-29' })).toEqual([]);
  });

  it('brings no age-based component for members without a birth date', () => {
    const unknown: FamilyComponentFacts = { youngestBirthDate: null, oldestBirthDate: null, youngestPupilBirthDate: null, anyPregnant: false, anySevereDisability: false };
    expect(codes(family(3, ['SEMBAKO', 'PBI_JK'], unknown))).toEqual([]);
  });

  it('puts a recipient without a desil on the list as not in DTSEN, and a family with neither not at all', () => {
    expect(codes(family(null, ['PKH', 'SEMBAKO']))).toEqual([['TIDAK_ADA_DI_DTSEN', ['PKH', 'SEMBAKO']]]);
    expect(itemsOf(family(null, ['PBI_JK']))[0]?.message).toBe(
      'Menerima PBI-JK, tetapi keluarga tidak tercatat di DTSEN (tanpa desil): perlu didaftarkan atau diperiksa.',
    );
    expect(codes(family(null, []))).toEqual([]);
  });

  it('follows the rule set it is given, never constants', () => {
    const stricter: RuleSet = {
      ...KEPMENSOS_79_2025,
      code: 'ATURAN-BARU',
      programs: { ...KEPMENSOS_79_2025.programs, PKH: { maxDesil: 3, requiresComponent: false }, SEMBAKO: { maxDesil: 4, requiresComponent: false } },
      pkhSuspendFromDesil: 6,
    };
    // PKH at desil 4: above its threshold but not yet suspended; Sembako at 5 above its new threshold.
    expect(codes(family(4, ['PKH']), stricter)).toEqual([['BANSOS_DI_ATAS_DESIL', ['PKH']], ['LAYAK_BELUM_MENERIMA', ['SEMBAKO', 'PBI_JK']]]);
    expect(codes(family(5, ['PKH', 'SEMBAKO', 'PBI_JK']), stricter)).toEqual([['BANSOS_DI_ATAS_DESIL', ['PKH', 'SEMBAKO']]]);
    expect(codes(family(3, ['SEMBAKO', 'PBI_JK'], NONE), stricter)).toEqual([['LAYAK_BELUM_MENERIMA', ['PKH']]]);
  });

  it('filters by RW, RT and the programme an item concerns', () => {
    const [suspended, above] = entriesOf(family(6, ['PKH', 'SEMBAKO']));
    if (!suspended || !above) throw new Error('two entries expected');
    const all = { rw: null, rt: null, program: null };
    expect(inArea(suspended, all)).toBe(true);
    expect(inArea(suspended, { ...all, rw: 5, rt: 3 })).toBe(true);
    expect(inArea(suspended, { ...all, rw: 4 })).toBe(false);
    expect(inArea(suspended, { ...all, rt: 4 })).toBe(false);
    expect(inArea(suspended, { ...all, program: 'PKH' })).toBe(true);
    expect(inArea(above, { ...all, program: 'PKH' })).toBe(false);
    expect(inArea(above, { ...all, program: 'SEMBAKO' })).toBe(true);
  });
});
