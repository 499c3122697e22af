import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../shared/format/date';
import { componentCutoffs, familyComponents } from '../../../../shared/rules/family-components';
import { pkhComponents } from '../../../../shared/rules/pkh-components';
import { KEPMENSOS_79_2025 } from '../../../../shared/rules/ruleset';

type Person = { birthDate: string; pregnant: boolean; education: 'TAMAT_SMA' | 'SEDANG_SD' | 'SEDANG_SMA'; disabilitySevere: boolean };
const adult: Person = { birthDate: '1980-05-17', pregnant: false, education: 'TAMAT_SMA', disabilitySevere: false };

/** What the register's SQL folds a family into. */
function fold(members: readonly Person[]) {
  const dates = members.map((m) => m.birthDate).sort();
  const pupils = members.filter((m) => m.education.startsWith('SEDANG_')).map((m) => m.birthDate).sort();
  return {
    youngestBirthDate: dates[dates.length - 1] ?? null,
    oldestBirthDate: dates[0] ?? null,
    youngestPupilBirthDate: pupils[pupils.length - 1] ?? null,
    anyPregnant: members.some((m) => m.pregnant),
    anySevereDisability: members.some((m) => m.disabilitySevere),
  };
}

describe('PKH components of a folded family', () => {
  const families: Person[][] = [
    [adult],
    [adult, { ...adult, pregnant: true }],
    [adult, { ...adult, birthDate: '2019-11-29' }],
    [adult, { ...adult, birthDate: '2019-11-28' }],
    [adult, { ...adult, birthDate: '2004-11-29', education: 'SEDANG_SMA' }],
    [adult, { ...adult, birthDate: '2004-11-28', education: 'SEDANG_SMA' }, { ...adult, birthDate: '2015-02-01', education: 'SEDANG_SD' }],
    [{ ...adult, birthDate: '1966-11-28' }],
    [{ ...adult, birthDate: '1966-11-29', disabilitySevere: true }],
  ];
  it.each(families.map((f, i) => [i, f] as const))('family %i finds the kinds pkhComponents finds member by member', (_i, members) => {
    const byMember = [...pkhComponents(members, '2026-11-28', KEPMENSOS_79_2025).keys()].sort();
    expect(familyComponents(fold(members), componentCutoffs('2026-11-28', KEPMENSOS_79_2025)).sort()).toEqual(byMember);
  });
});

describe('birth-date cutoffs', () => {
  it.each([['2028-02-29'], ['2027-02-28'], ['2027-03-01'], ['2026-11-28'], ['2026-12-31']])('on %s answer as ageOn does, leap days included', (on) => {
    const cutoffs = componentCutoffs(on, KEPMENSOS_79_2025);
    const births = ['1966-02-28', '1966-02-29', '1966-03-01', '1968-02-29', '2020-02-28', '2020-02-29', '2020-03-01', '2021-02-28', '2021-03-01', '2005-02-28', '2006-02-28', '2006-03-01'];
    for (const birth of births) {
      const age = ageOn(birth, on);
      expect(birth > cutoffs.childBornAfter, `${birth} child`).toBe(age <= 6);
      expect(birth > cutoffs.pupilBornAfter, `${birth} pupil`).toBe(age <= 21);
      expect(birth <= cutoffs.elderBornBy, `${birth} elderly`).toBe(age >= 60);
    }
  });
});
