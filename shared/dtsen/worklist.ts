import { PROGRAMS } from '../household/options';
import type { ProgramCode } from '../household/options';
import { familyComponents } from '../rules/family-components';
import type { FamilyComponentFacts } from '../rules/family-components';
import { PKH_COMPONENT_LABELS } from '../rules/pkh-components';
import type { RuleSet } from '../rules/ruleset';
import type { WorklistCode, WorklistItem } from './worklist-schema';

/** One family as the Daftar periksa reads it: no more than the rules need. */
export interface WorklistFamily {
  householdId: number;
  kk: string;
  name: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  programs: readonly ProgramCode[];
  components: FamilyComponentFacts;
}

const label = (p: ProgramCode) => PROGRAMS.labels[p].replace(' (BPNT)', '');

/** "PKH", "PKH dan Sembako", "PKH, Sembako dan PBI-JK" */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1] ?? ''}`;
}

const thresholds = (programs: readonly ProgramCode[], rules: RuleSet) =>
  programs.map((p) => `${label(p)}: desil 1–${rules.programs[p].maxDesil}`).join('; ');

/**
 * The family's items on the Daftar periksa under a rule set, on a day (ages for PKH components): one per reason.
 * Thresholds come from the rule set only; a newer decree changes the list without a code change.
 */
export function worklistItemsOf(family: WorklistFamily, rules: RuleSet, today: string): WorklistItem[] {
  const { desil, programs } = family;
  const item = (code: WorklistCode, concerns: ProgramCode[], message: string): WorklistItem => ({
    code, householdId: family.householdId, kk: family.kk, name: family.name, address: family.address, rt: family.rt, rw: family.rw,
    desil, programs: [...programs], concerns, message,
  });
  if (desil === null) {
    return programs.length === 0
      ? []
      : [item('TIDAK_ADA_DI_DTSEN', [...programs], `Menerima ${listed(programs.map(label))}, tetapi keluarga tidak tercatat di DTSEN (tanpa desil): perlu didaftarkan atau diperiksa.`)];
  }
  const items: WorklistItem[] = [];
  const suspended = programs.includes('PKH') && desil >= rules.pkhSuspendFromDesil;
  if (suspended) {
    items.push(item('PKH_DITANGGUHKAN', ['PKH'], `Penerima PKH berada di desil ${desil} (PKH ditangguhkan mulai desil ${rules.pkhSuspendFromDesil}): PKH dihentikan sementara dan keluarga perlu groundcheck.`));
  }
  const above = programs.filter((p) => desil > rules.programs[p].maxDesil && !(p === 'PKH' && suspended));
  if (above.length > 0) {
    items.push(item('BANSOS_DI_ATAS_DESIL', above, `Menerima ${listed(above.map(label))} di desil ${desil}, di atas ambang (${thresholds(above, rules)}): kemungkinan salah sasaran (inclusion error).`));
  }
  const components = familyComponents(family.components, today, rules);
  const pkhOpen = desil < rules.pkhSuspendFromDesil && (!rules.programs.PKH.requiresComponent || components.length > 0);
  const eligible = PROGRAMS.codes.filter((p) => !programs.includes(p) && desil <= rules.programs[p].maxDesil && (p !== 'PKH' || pkhOpen));
  if (eligible.length > 0) {
    const withComponents = eligible.includes('PKH') && components.length > 0 ? ` Komponen PKH: ${components.map((c) => PKH_COMPONENT_LABELS[c]).join(', ')}.` : '';
    items.push(item('LAYAK_BELUM_MENERIMA', eligible, `Desil ${desil} memenuhi syarat ${listed(eligible.map(label))} (${thresholds(eligible, rules)}), tetapi keluarga belum menerimanya: kemungkinan exclusion error.${withComponents}`));
  }
  return items;
}

/** Whether an item passes the RW/RT and programme filter (the code filter is applied separately, after counting). */
export function inArea(item: WorklistItem, filter: { rw: number | null; rt: number | null; program: ProgramCode | null }): boolean {
  return (filter.rw === null || item.rw === filter.rw) && (filter.rt === null || item.rt === filter.rt) && (filter.program === null || item.concerns.includes(filter.program));
}
