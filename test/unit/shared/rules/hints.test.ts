import { describe, expect, it } from 'vitest';
import { eligibilityHints } from '../../../../shared/rules/hints';
import type { HintFacts } from '../../../../shared/rules/hints';
import { KEPMENSOS_79_2025, ruleSetFor } from '../../../../shared/rules/ruleset';
import type { RuleSet } from '../../../../shared/rules/ruleset';

const adult = { birthDate: '1980-05-17', pregnant: false, education: 'TAMAT_SMA', disabilitySevere: false } as const;
const pupil = { birthDate: '2012-01-30', pregnant: false, education: 'SEDANG_SMP', disabilitySevere: false } as const;
const facts = (overrides: Partial<HintFacts>): HintFacts => ({
  kind: 'USULAN_PROGRAM', proposedPrograms: [], desil: 3, currentPrograms: [], members: [adult], meetingDate: '2026-11-27', ...overrides,
});
const messages = (f: Partial<HintFacts>, rules: RuleSet = KEPMENSOS_79_2025) => eligibilityHints(facts(f), rules).map((h) => `${h.level}: ${h.message}`);

describe('eligibility hints (Kepmensos 79/HUK/2025)', () => {
  it.each([
    [{ proposedPrograms: ['PKH'], desil: 6, members: [adult, pupil] }, 'PERHATIAN: Diusulkan untuk PKH, tetapi keluarga berada di desil 6 (PKH: desil 1–4).'],
    [{ proposedPrograms: ['SEMBAKO'], desil: 6 }, 'PERHATIAN: Diusulkan untuk Sembako, tetapi keluarga berada di desil 6 (Sembako: desil 1–5).'],
    [{ proposedPrograms: ['PKH'], desil: 2 }, 'PERHATIAN: Diusulkan untuk PKH, tetapi tidak ada komponen PKH dalam keluarga'],
    [{ proposedPrograms: ['PKH'], desil: 2, members: [adult, pupil] }, 'INFO: Komponen PKH: anak sekolah (1).'],
    [{ currentPrograms: ['PKH'], desil: 5 }, 'PERHATIAN: Penerima PKH saat ini berada di desil 5: PKH dihentikan sementara dan keluarga masuk daftar groundcheck.'],
    [{ currentPrograms: ['PBI_JK'], desil: 7 }, 'PERHATIAN: Penerima PBI-JK saat ini berada di desil 7 (PBI-JK: desil 1–5): kemungkinan salah sasaran (kesalahan inklusi).'],
    [{ proposedPrograms: ['PBI_JK'], desil: null }, 'INFO: Desil belum diketahui: kelayakan PBI-JK (desil 1–5) belum dapat dinilai.'],
    [{ kind: 'BARU', desil: 4 }, 'INFO: Keluarga sudah tercatat dengan desil 4'],
    [{ kind: 'PENINJAUAN_DESIL', desil: 2 }, 'INFO: Keluarga di desil 2 tetapi tidak menerima bantuan apa pun: kemungkinan kesalahan eksklusi (layak tetapi tidak menerima).'],
  ] as const)('%j', (f, expected) => {
    expect(messages(f).some((m) => m.startsWith(expected))).toBe(true);
  });

  it('says nothing when the proposal fits the rules', () => {
    expect(messages({ proposedPrograms: ['SEMBAKO', 'PBI_JK'], desil: 4, currentPrograms: ['SEMBAKO'] })).toEqual([]);
  });

  it('counts PKH components on the meeting date: young child, elderly, pregnancy, severe disability', () => {
    const family = [
      { ...adult, pregnant: true },
      { ...adult, birthDate: '2021-12-01' },
      { ...adult, birthDate: '1960-11-27' },
      { ...adult, disabilitySevere: true },
    ];
    expect(messages({ proposedPrograms: ['PKH'], members: family })).toContain('INFO: Komponen PKH: ibu hamil/nifas (1), anak usia dini (1), lansia (1), disabilitas berat (1).');
  });

  it('follows a newer rule set from its date on', () => {
    const newer: RuleSet = { ...KEPMENSOS_79_2025, code: 'KEPMENSOS-BARU-2027', validFrom: '2027-01-01', programs: { ...KEPMENSOS_79_2025.programs, PKH: { maxDesil: 3, requiresComponent: true } } };
    const sets = [KEPMENSOS_79_2025, newer];
    expect(ruleSetFor('2026-12-31', sets).code).toBe('KEPMENSOS-79-HUK-2025');
    expect(ruleSetFor('2027-02-01', sets).code).toBe('KEPMENSOS-BARU-2027');
    expect(messages({ proposedPrograms: ['PKH'], desil: 4, members: [pupil] }, newer)[0]).toContain('(PKH: desil 1–3)');
  });
});
