import { ageOn } from '../format/date';
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

/** The kinds of PKH component present in the family on a day: the same tests as `pkhComponents`, per family. */
export function familyComponents(facts: FamilyComponentFacts, on: string, rules: RuleSet): PkhComponent[] {
  const limits = rules.pkhComponents;
  const age = (birth: string | null) => (birth === null ? null : ageOn(birth, on));
  const youngest = age(facts.youngestBirthDate);
  const oldest = age(facts.oldestBirthDate);
  const pupil = age(facts.youngestPupilBirthDate);
  const found: PkhComponent[] = [];
  if (facts.anyPregnant) found.push('HAMIL');
  if (youngest !== null && youngest <= limits.youngChildMaxAge) found.push('ANAK_USIA_DINI');
  if (pupil !== null && pupil <= limits.schoolMaxAge) found.push('ANAK_SEKOLAH');
  if (oldest !== null && oldest >= limits.elderlyMinAge) found.push('LANSIA');
  if (facts.anySevereDisability) found.push('DISABILITAS_BERAT');
  return found;
}
