import { PROGRAMS } from '../../shared/household/options';
import type { RekapGroup } from '../../shared/rekap/rekap';

/** Families of one RW and desil with the same programmes (comma-joined, '' for none). */
export interface RekapDbRow {
  rw: number;
  desil: number | null;
  programs: string;
  families: number;
  people: number;
}

export function rekapGroupFromDb(row: RekapDbRow): RekapGroup {
  const programs = row.programs.split(',');
  return { rw: row.rw, desil: row.desil, programs: PROGRAMS.codes.filter((p) => programs.includes(p)), families: row.families, people: row.people };
}
