import { PROGRAMS } from '../../shared/household/options';
import type { ProgramCode } from '../../shared/household/options';
import type { WorklistFamily, WorklistLabel } from '../../shared/dtsen/worklist';
import type { FamilyComponentFacts } from '../../shared/rules/family-components';

/** One family as the Daftar periksa rules read it. */
export interface WorklistFamilyDbRow {
  id: number;
  rt: number;
  rw: number;
  desil: number | null;
  /** Programme codes, comma-joined. */
  programs: string | null;
  /**
   * The members folded into one text, "youngest|oldest|youngest pupil|PS" (birth dates, '' for none; P and S the
   * 0/1 of anyone pregnant and anyone severely disabled); null where it was not read.
   */
  member_facts: string | null;
}

export interface WorklistLabelDbRow {
  id: number;
  no_kk: string;
  address: string;
  head_name: string | null;
}

const NO_FACTS: FamilyComponentFacts = { youngestBirthDate: null, oldestBirthDate: null, youngestPupilBirthDate: null, anyPregnant: false, anySevereDisability: false };

function componentFactsFromDb(text: string | null): FamilyComponentFacts {
  if (text === null) return NO_FACTS;
  const [youngest = '', oldest = '', pupil = '', flags = ''] = text.split('|');
  return {
    youngestBirthDate: youngest || null,
    oldestBirthDate: oldest || null,
    youngestPupilBirthDate: pupil || null,
    anyPregnant: flags[0] === '1',
    anySevereDisability: flags[1] === '1',
  };
}

const NONE: readonly ProgramCode[] = [];

export function worklistFamilyFromDb(row: WorklistFamilyDbRow): WorklistFamily {
  const programs = row.programs?.split(',');
  return {
    householdId: row.id,
    rt: row.rt,
    rw: row.rw,
    desil: row.desil,
    programs: programs ? PROGRAMS.codes.filter((p) => programs.includes(p)) : NONE,
    components: componentFactsFromDb(row.member_facts),
  };
}

export function worklistLabelFromDb(row: WorklistLabelDbRow): WorklistLabel {
  return { kk: row.no_kk, name: row.head_name ?? '', address: row.address };
}
