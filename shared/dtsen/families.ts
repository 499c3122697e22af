import type { ImportedPerson, RowError } from './person-row';

/** The people of one No. KK, in file order. */
export interface ImportedFamily {
  noKk: string;
  members: ImportedPerson[];
}

/** The same NIK on a second row: an error on that row naming both rows (and both families when they differ). */
export function duplicateNik(nik: string, first: { row: number; noKk: string }, again: { row: number; noKk: string }): RowError {
  const where = first.noKk === again.noKk ? 'dalam keluarga yang sama' : `di No. KK ${first.noKk} dan No. KK ${again.noKk}`;
  return { row: again.row, column: 'NIK', value: nik, message: `NIK yang sama tercantum dua kali ${where}: baris ${String(first.row)} dan baris ${String(again.row)}` };
}

/**
 * Gathers a register extract's people into families by No. KK. A NIK in two rows is an error naming both rows
 * (and both families when they differ); a family needs exactly one KEPALA KELUARGA. Families with an error are
 * left out whole, so nothing half of a family is imported.
 */
export function gatherFamilies(people: readonly ImportedPerson[]): { families: ImportedFamily[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const byKk = new Map<string, ImportedPerson[]>();
  const firstRowOfNik = new Map<string, ImportedPerson>();
  const refused = new Set<string>();
  for (const person of people) {
    if (!person.noKk) continue;
    const members = byKk.get(person.noKk) ?? [];
    members.push(person);
    byKk.set(person.noKk, members);
    if (!person.nik) continue;
    const first = firstRowOfNik.get(person.nik);
    if (!first) {
      firstRowOfNik.set(person.nik, person);
      continue;
    }
    errors.push(duplicateNik(person.nik, { row: first.row, noKk: first.noKk ?? '-' }, { row: person.row, noKk: person.noKk }));
    refused.add(person.noKk);
    if (first.noKk) refused.add(first.noKk);
  }
  for (const [noKk, members] of byKk) {
    const heads = members.filter((m) => m.relationship === 'KEPALA_KELUARGA');
    if (heads.length === 1) continue;
    const rows = (heads.length === 0 ? members : heads).map((m) => m.row);
    const message = heads.length === 0
      ? `No. KK ${noKk} tidak mempunyai KEPALA KELUARGA (baris ${rows.join(', ')})`
      : `No. KK ${noKk} mempunyai ${heads.length} KEPALA KELUARGA (baris ${rows.join(', ')}); satu KK hanya satu kepala keluarga`;
    errors.push({ row: rows[0] ?? 0, column: null, value: noKk, message });
    refused.add(noKk);
  }
  const families = [...byKk].filter(([noKk]) => !refused.has(noKk)).map(([noKk, members]) => ({ noKk, members }));
  return { families, errors: errors.sort((a, b) => a.row - b.row) };
}
