import type { RegisteredFamily } from '../../shared/dtsen/compare';
import type { ImportProgram } from '../../shared/dtsen/person-row';
import type { ImportCounts } from '../../shared/dtsen/compare';
import type { FileShape } from '../../shared/dtsen/columns';
import type { HouseholdDbRow } from './household-mapping';

export type RegisteredHouseholdDbRow = Pick<HouseholdDbRow, 'id' | 'no_kk' | 'address' | 'rt' | 'rw' | 'desil'> & { programs: string | null };

export interface RegisteredMemberDbRow {
  household_id: number;
  id: number;
  position: number;
  nik: string;
  name: string;
  relationship: string;
}

const IMPORT_PROGRAMS: readonly string[] = ['PKH', 'SEMBAKO', 'PBI_JK'] satisfies ImportProgram[];
const isImportProgram = (code: string): code is ImportProgram => IMPORT_PROGRAMS.includes(code);

/** What an import compares a family against; programmes an extract cannot name (e.g. BLT) are left out. */
export function registeredFamilyFromDb(row: RegisteredHouseholdDbRow, members: readonly RegisteredMemberDbRow[]): RegisteredFamily & { otherPrograms: string[]; memberIds: Map<string, number>; nextPosition: number } {
  const codes = row.programs ? row.programs.split(',') : [];
  return {
    id: row.id,
    noKk: row.no_kk,
    address: row.address,
    rt: row.rt,
    rw: row.rw,
    desil: row.desil,
    programs: codes.filter(isImportProgram),
    otherPrograms: codes.filter((c) => !isImportProgram(c)),
    members: members.map((m) => ({ nik: m.nik, name: m.name, relationship: m.relationship })),
    memberIds: new Map(members.map((m) => [m.nik, m.id])),
    nextPosition: members.reduce((max, m) => Math.max(max, m.position + 1), 0),
  };
}

export interface ImportRecordDbRow {
  file_name: string;
  sha256: string;
  shape: FileShape;
  rows: number;
  skipped_rows: number;
  families_new: number;
  families_changed: number;
  families_unchanged: number;
  families_missing: number;
  members_new: number;
  members_changed: number;
  members_unchanged: number;
  operator: string;
  imported_at: string;
}

export function importRecordToDb(record: { fileName: string; sha256: string; shape: FileShape; rows: number; skippedRows: number; counts: ImportCounts; operator: string; at: string }): ImportRecordDbRow {
  const { families, members } = record.counts;
  return {
    file_name: record.fileName,
    sha256: record.sha256,
    shape: record.shape,
    rows: record.rows,
    skipped_rows: record.skippedRows,
    families_new: families.new,
    families_changed: families.changed,
    families_unchanged: families.unchanged,
    families_missing: families.missing,
    members_new: members.new,
    members_changed: members.changed,
    members_unchanged: members.unchanged,
    operator: record.operator,
    imported_at: record.at,
  };
}
