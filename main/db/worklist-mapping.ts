import { PROGRAMS } from '../../shared/household/options';
import type { WorklistFamily } from '../../shared/dtsen/worklist';

/** One family as the Daftar periksa reads it: programmes comma-joined, members folded into their PKH facts. */
export interface WorklistFamilyDbRow {
  id: number;
  no_kk: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  programs: string | null;
  head_name: string | null;
  youngest_birth: string | null;
  oldest_birth: string | null;
  youngest_pupil_birth: string | null;
  any_pregnant: 0 | 1 | null;
  any_severe: 0 | 1 | null;
}

export function worklistFamilyFromDb(row: WorklistFamilyDbRow): WorklistFamily {
  const programs = row.programs?.split(',') ?? [];
  return {
    householdId: row.id,
    kk: row.no_kk,
    name: row.head_name ?? '',
    address: row.address,
    rt: row.rt,
    rw: row.rw,
    desil: row.desil,
    programs: PROGRAMS.codes.filter((p) => programs.includes(p)),
    components: {
      youngestBirthDate: row.youngest_birth,
      oldestBirthDate: row.oldest_birth,
      youngestPupilBirthDate: row.youngest_pupil_birth,
      anyPregnant: row.any_pregnant === 1,
      anySevereDisability: row.any_severe === 1,
    },
  };
}
