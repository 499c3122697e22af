import type { ImportedFamily } from './families';
import type { ImportProgram, ImportedPerson, RowError } from './person-row';

/** What the register already holds of a family, as far as an extract can change it. */
export interface RegisteredFamily {
  id: number;
  noKk: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  programs: readonly ImportProgram[];
  members: readonly { nik: string; name: string; relationship: string }[];
}

export type FamilyChangeKind = 'desil' | 'programmes' | 'members' | 'address';

export interface FamilyOutcome {
  noKk: string;
  householdId: number | null;
  status: 'NEW' | 'CHANGED' | 'UNCHANGED';
  changes: FamilyChangeKind[];
}

export interface ImportCounts {
  families: { new: number; changed: number; unchanged: number; missing: number };
  members: { new: number; changed: number; unchanged: number };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The programmes after the import: the file decides those it has a column for, the register keeps the rest. */
export function programsAfter(registered: readonly ImportProgram[], person: ImportedPerson | undefined): ImportProgram[] {
  const given = person?.programs ?? {};
  const kept = registered.filter((p) => given[p] === undefined);
  return [...kept, ...(Object.keys(given) as ImportProgram[]).filter((p) => given[p] === true)];
}

function head(family: ImportedFamily): ImportedPerson | undefined {
  return family.members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? family.members[0];
}

/**
 * A register extract against the register: each family new, changed (and in what) or unchanged, matched by
 * No. KK, people by NIK. Families of the register the file does not list are found by the caller (never deleted).
 */
export function compareRegister(registered: ReadonlyMap<string, RegisteredFamily>, imported: readonly ImportedFamily[]): { outcomes: FamilyOutcome[]; counts: ImportCounts } {
  const counts: ImportCounts = { families: { new: 0, changed: 0, unchanged: 0, missing: 0 }, members: { new: 0, changed: 0, unchanged: 0 } };
  const outcomes: FamilyOutcome[] = [];
  for (const family of imported) {
    const before = registered.get(family.noKk);
    if (!before) {
      counts.families.new++;
      counts.members.new += family.members.length;
      outcomes.push({ noKk: family.noKk, householdId: null, status: 'NEW', changes: [] });
      continue;
    }
    const changes: FamilyChangeKind[] = [];
    const first = head(family);
    if (first?.desil !== undefined && first.desil !== before.desil) changes.push('desil');
    if (!sameSet(programsAfter(before.programs, first), before.programs)) changes.push('programmes');
    if ((first?.address && first.address !== before.address) || (first?.rt && first.rt !== before.rt) || (first?.rw && first.rw !== before.rw)) changes.push('address');
    let membersChanged = family.members.length !== before.members.length;
    for (const person of family.members) {
      const was = before.members.find((m) => m.nik === person.nik);
      if (!was) counts.members.new++;
      else if (was.name !== person.name || was.relationship !== person.relationship) counts.members.changed++;
      else {
        counts.members.unchanged++;
        continue;
      }
      membersChanged = true;
    }
    if (membersChanged) changes.push('members');
    counts.families[changes.length > 0 ? 'changed' : 'unchanged']++;
    outcomes.push({ noKk: family.noKk, householdId: before.id, status: changes.length > 0 ? 'CHANGED' : 'UNCHANGED', changes });
  }
  return { outcomes, counts };
}

/**
 * A desil update (SIKS-NG's sheet) against the register: each row finds its family by No. KK, else by a
 * member's NIK; rows that find none are listed, never turned into families.
 */
export function compareDesilUpdate(
  registered: ReadonlyMap<string, RegisteredFamily>,
  kkOfNik: ReadonlyMap<string, string>,
  people: readonly ImportedPerson[],
): { outcomes: FamilyOutcome[]; unknown: RowError[]; counts: ImportCounts } {
  const counts: ImportCounts = { families: { new: 0, changed: 0, unchanged: 0, missing: 0 }, members: { new: 0, changed: 0, unchanged: 0 } };
  const outcomes = new Map<string, FamilyOutcome>();
  const unknown: RowError[] = [];
  for (const person of people) {
    const noKk = person.noKk && registered.has(person.noKk) ? person.noKk : person.nik ? kkOfNik.get(person.nik) : undefined;
    const before = noKk ? registered.get(noKk) : undefined;
    if (!noKk || !before) {
      unknown.push({ row: person.row, column: null, value: person.noKk ?? person.nik ?? '', message: 'Keluarga ini tidak ada di daftar keluarga: impor dahulu data DTSEN-nya, atau daftarkan keluarganya' });
      continue;
    }
    if (outcomes.has(noKk)) continue;
    const changes: FamilyChangeKind[] = [];
    if (person.desil !== undefined && person.desil !== before.desil) changes.push('desil');
    if (!sameSet(programsAfter(before.programs, person), before.programs)) changes.push('programmes');
    counts.families[changes.length > 0 ? 'changed' : 'unchanged']++;
    outcomes.set(noKk, { noKk, householdId: before.id, status: changes.length > 0 ? 'CHANGED' : 'UNCHANGED', changes });
  }
  return { outcomes: [...outcomes.values()], unknown, counts };
}
