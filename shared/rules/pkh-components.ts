import { ageOn } from '../format/date';
import type { Member } from '../household/schema';
import type { RuleSet } from './ruleset';

export type PkhComponent = 'HAMIL' | 'ANAK_USIA_DINI' | 'ANAK_SEKOLAH' | 'LANSIA' | 'DISABILITAS_BERAT';

export const PKH_COMPONENT_LABELS: Readonly<Record<PkhComponent, string>> = {
  HAMIL: 'ibu hamil/nifas',
  ANAK_USIA_DINI: 'anak usia dini',
  ANAK_SEKOLAH: 'anak sekolah',
  LANSIA: 'lansia',
  DISABILITAS_BERAT: 'disabilitas berat',
};

type ComponentMember = Pick<Member, 'birthDate' | 'pregnant' | 'education' | 'disabilitySevere'>;

/** The PKH components each member brings, counted per kind, on the meeting date. */
export function pkhComponents(members: readonly ComponentMember[], on: string, rules: RuleSet): Map<PkhComponent, number> {
  const found = new Map<PkhComponent, number>();
  const add = (c: PkhComponent) => found.set(c, (found.get(c) ?? 0) + 1);
  for (const m of members) {
    // An imported member may lack a birth date: no age, no age-based component.
    const age = m.birthDate === null ? null : ageOn(m.birthDate, on);
    if (m.pregnant) add('HAMIL');
    if (age !== null && age <= rules.pkhComponents.youngChildMaxAge) add('ANAK_USIA_DINI');
    if (age !== null && m.education?.startsWith('SEDANG_') && age <= rules.pkhComponents.schoolMaxAge) add('ANAK_SEKOLAH');
    if (age !== null && age >= rules.pkhComponents.elderlyMinAge) add('LANSIA');
    if (m.disabilitySevere) add('DISABILITAS_BERAT');
  }
  return found;
}

export function describeComponents(found: ReadonlyMap<PkhComponent, number>): string {
  return [...found].map(([c, n]) => `${PKH_COMPONENT_LABELS[c]} (${n})`).join(', ');
}
