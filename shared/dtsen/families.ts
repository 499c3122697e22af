import type { ImportedPerson, RowError } from './person-row';

/** The people of one No. KK, in file order. */
export interface ImportedFamily {
  noKk: string;
  members: ImportedPerson[];
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
    const where = first.noKk === person.noKk ? 'dalam keluarga yang sama' : `di No. KK ${first.noKk ?? '-'} dan No. KK ${person.noKk}`;
    errors.push({ row: person.row, column: 'NIK', value: person.nik, message: `NIK yang sama tercantum dua kali ${where}: baris ${first.row} dan baris ${person.row}` });
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
