import type { PkhComponent } from './pkh-components';
import type { RuleSet } from './ruleset';

/**
 * What a family's members say about PKH components, folded into one row (the register aggregates it in SQL):
 * ages only matter at the extremes, so the youngest and oldest birth dates answer the age tests exactly.
 * A member without a birth date brings no age-based component.
 */
export interface FamilyComponentFacts {
  youngestBirthDate: string | null;
  oldestBirthDate: string | null;
  /** The youngest member still in school (education SEDANG_*) with a birth date. */
  youngestPupilBirthDate: string | null;
  anyPregnant: boolean;
  anySevereDisability: boolean;
}

/** The age limits of a rule set on a day as birth dates (ISO text compares as dates do), worked out once per list. */
export interface ComponentCutoffs {
  /** Younger than youngChildMaxAge + 1 years: born after this day. */
  childBornAfter: string;
  pupilBornAfter: string;
  /** At least elderlyMinAge years old: born on or before this day. */
  elderBornBy: string;
}

/** The same day of the year `years` earlier, as `ageOn` counts birthdays (29 February stays 29 February). */
function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
}

export function componentCutoffs(on: string, rules: RuleSet): ComponentCutoffs {
  const limits = rules.pkhComponents;
  return {
    childBornAfter: yearsBefore(on, limits.youngChildMaxAge + 1),
    pupilBornAfter: yearsBefore(on, limits.schoolMaxAge + 1),
    elderBornBy: yearsBefore(on, limits.elderlyMinAge),
  };
}

/** The kinds of PKH component present in the family: the same tests as `pkhComponents`, per family. */
export function familyComponents(facts: FamilyComponentFacts, cutoffs: ComponentCutoffs): PkhComponent[] {
  const found: PkhComponent[] = [];
  if (facts.anyPregnant) found.push('HAMIL');
  if (facts.youngestBirthDate !== null && facts.youngestBirthDate > cutoffs.childBornAfter) found.push('ANAK_USIA_DINI');
  if (facts.youngestPupilBirthDate !== null && facts.youngestPupilBirthDate > cutoffs.pupilBornAfter) found.push('ANAK_SEKOLAH');
  if (facts.oldestBirthDate !== null && facts.oldestBirthDate <= cutoffs.elderBornBy) found.push('LANSIA');
  if (facts.anySevereDisability) found.push('DISABILITAS_BERAT');
  return found;
}
