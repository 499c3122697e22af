import { PROGRAMS } from '../household/options';
import type { ProgramCode } from '../household/options';
import { familyComponents } from '../rules/family-components';
import type { ComponentCutoffs, FamilyComponentFacts } from '../rules/family-components';
import { PKH_COMPONENT_LABELS } from '../rules/pkh-components';
import type { PkhComponent } from '../rules/pkh-components';
import type { RuleSet } from '../rules/ruleset';
import type { WorklistCode, WorklistItem } from './worklist-schema';

/** One family as the Daftar periksa rules read it: no more than they need. */
export interface WorklistFamily {
  householdId: number;
  rt: number;
  rw: number;
  desil: number | null;
  programs: readonly ProgramCode[];
  components: FamilyComponentFacts;
}

/** What the list shows of a family beside the rules' facts, read only for the rows shown. */
export interface WorklistLabel {
  kk: string;
  /** Head of the family. */
  name: string;
  address: string;
}

const label = (p: ProgramCode) => PROGRAMS.labels[p].replace(' (BPNT)', '');

/** "PKH", "PKH dan Sembako", "PKH, Sembako dan PBI-JK" */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1] ?? ''}`;
}

const thresholds = (programs: readonly ProgramCode[], rules: RuleSet) =>
  programs.map((p) => `${label(p)}: desil 1–${rules.programs[p].maxDesil}`).join('; ');

/** One reason a family is on the list, before it is worded: what the rules found and the components that decided it. */
export interface WorklistEntry {
  code: WorklistCode;
  householdId: number;
  family: WorklistFamily;
  concerns: ProgramCode[];
  components: PkhComponent[];
}

/**
 * The family's entries on the Daftar periksa under a rule set, with the birth-date cutoffs of the day for PKH
 * components (`componentCutoffs`): one per reason.
 * Thresholds come from the rule set only; a newer decree changes the list without a code change.
 */
export function worklistEntriesOf(family: WorklistFamily, rules: RuleSet, cutoffs: ComponentCutoffs): WorklistEntry[] {
  const { desil, programs } = family;
  const entry = (code: WorklistCode, concerns: ProgramCode[], components: PkhComponent[] = []): WorklistEntry => ({ code, householdId: family.householdId, family, concerns, components });
  if (desil === null) return programs.length === 0 ? [] : [entry('TIDAK_ADA_DI_DTSEN', [...programs])];
  const entries: WorklistEntry[] = [];
  const suspended = programs.includes('PKH') && desil >= rules.pkhSuspendFromDesil;
  if (suspended) entries.push(entry('PKH_DITANGGUHKAN', ['PKH']));
  const above = programs.filter((p) => desil > rules.programs[p].maxDesil && !(p === 'PKH' && suspended));
  if (above.length > 0) entries.push(entry('BANSOS_DI_ATAS_DESIL', above));
  // Components (ages on the day) are looked at only where they decide PKH eligibility.
  const pkhPending = !programs.includes('PKH') && desil <= rules.programs.PKH.maxDesil && desil < rules.pkhSuspendFromDesil;
  const components = pkhPending ? familyComponents(family.components, cutoffs) : [];
  const pkhOpen = pkhPending && (!rules.programs.PKH.requiresComponent || components.length > 0);
  const eligible = PROGRAMS.codes.filter((p) => (p === 'PKH' ? pkhOpen : !programs.includes(p) && desil <= rules.programs[p].maxDesil));
  if (eligible.length > 0) entries.push(entry('LAYAK_BELUM_MENERIMA', eligible, pkhOpen ? components : []));
  return entries;
}

/** Why the family is on the list, said plainly. */
export function worklistMessage({ code, family, concerns, components }: WorklistEntry, rules: RuleSet): string {
  const desil = family.desil ?? 0;
  switch (code) {
    case 'TIDAK_ADA_DI_DTSEN':
      return `Menerima ${listed(concerns.map(label))}, tetapi keluarga tidak tercatat di DTSEN (tanpa desil): perlu didaftarkan atau diperiksa.`;
    case 'PKH_DITANGGUHKAN':
      return `Penerima PKH berada di desil ${desil} (PKH ditangguhkan mulai desil ${rules.pkhSuspendFromDesil}): PKH dihentikan sementara dan keluarga perlu groundcheck.`;
    case 'BANSOS_DI_ATAS_DESIL':
      return `Menerima ${listed(concerns.map(label))} di desil ${desil}, di atas ambang (${thresholds(concerns, rules)}): kemungkinan salah sasaran (kesalahan inklusi).`;
    case 'LAYAK_BELUM_MENERIMA': {
      const withComponents = components.length > 0 ? ` Komponen PKH: ${components.map((c) => PKH_COMPONENT_LABELS[c]).join(', ')}.` : '';
      return `Desil ${desil} memenuhi syarat ${listed(concerns.map(label))} (${thresholds(concerns, rules)}), tetapi keluarga belum menerimanya: kemungkinan kesalahan eksklusi (layak tetapi tidak menerima).${withComponents}`;
    }
  }
}

/** An entry as the list shows it: the family's facts, its label and the message. */
export function worklistItem(entry: WorklistEntry, label: WorklistLabel, rules: RuleSet): WorklistItem {
  const f = entry.family;
  return {
    code: entry.code, householdId: f.householdId, kk: label.kk, name: label.name, address: label.address, rt: f.rt, rw: f.rw, desil: f.desil,
    programs: [...f.programs], concerns: entry.concerns, message: worklistMessage(entry, rules),
  };
}

/** Whether an entry passes the RW/RT and programme filter (the code filter is applied separately, after counting). */
export function inArea({ family, concerns }: WorklistEntry, filter: { rw: number | null; rt: number | null; program: ProgramCode | null }): boolean {
  return (filter.rw === null || family.rw === filter.rw) && (filter.rt === null || family.rt === filter.rt) && (filter.program === null || concerns.includes(filter.program));
}
