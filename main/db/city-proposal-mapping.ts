import type { CityProposal, CityProposalFilter } from '../../shared/inbox/city-proposals';
import { CityProposalFilterSchema } from '../../shared/inbox/city-proposals';
import type { Decision, ProposalKind, ProposalProgram } from '../../shared/meeting/options';
import type { DinsosStatus } from '../../shared/inbox/city-proposals';

/** The filter as the statements bind it: absent values are NULL, booleans 0/1. */
export interface CityProposalWhere {
  kelurahan: string | null;
  kind: string | null;
  program: string | null;
  decision: string | null;
  groundcheck: 0 | 1 | null;
  status: string | null;
  cross: 0 | 1 | null;
  /** 1: only objections not answered yet; 0: all but those (the register lists them first). */
  objections: 0 | 1 | null;
}

const bit = (b: boolean | undefined) => (b === undefined ? null : b ? 1 : 0);

export function cityProposalWhere(filter: CityProposalFilter): CityProposalWhere {
  const f = CityProposalFilterSchema.parse(filter);
  return {
    kelurahan: f.kelurahanCode ?? null, kind: f.kind ?? null, program: f.program ?? null, decision: f.decision ?? null,
    groundcheck: bit(f.groundcheck), status: f.dinsosStatus ?? null, cross: bit(f.crossChecked), objections: null,
  };
}

export interface CityProposalDbRow {
  id: number;
  package_id: number;
  kelurahan_code: string;
  kelurahan_name: string;
  meeting_date: string;
  no: number;
  nik: string;
  no_kk: string;
  name: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  kind: ProposalKind;
  programs: string;
  reason: string;
  decision: Decision;
  groundcheck: 0 | 1;
  note: string;
  dinsos_status: DinsosStatus | null;
}

export function cityProposalFromDb(row: CityProposalDbRow): Omit<CityProposal, 'deadline' | 'crossChecks'> {
  return {
    id: row.id, packageId: row.package_id, kelurahanCode: row.kelurahan_code, kelurahanName: row.kelurahan_name, meetingDate: row.meeting_date,
    no: row.no, nik: row.nik, noKk: row.no_kk, name: row.name, address: row.address, rt: row.rt, rw: row.rw, desil: row.desil, kind: row.kind,
    programs: JSON.parse(row.programs) as ProposalProgram[], reason: row.reason, decision: row.decision, groundcheck: row.groundcheck === 1,
    note: row.note, dinsosStatus: row.dinsos_status,
  };
}

export interface CrossPairDbRow {
  id: number;
  other_id: number;
  other_kelurahan_name: string;
  other_meeting_date: string;
  other_no: number;
  other_no_kk: string;
  other_kind: ProposalKind;
  other_decision: Decision;
  other_kelurahan: 0 | 1;
  other_kk: 0 | 1;
  contradicts: 0 | 1;
}

export interface KelurahanCountDbRow {
  kelurahan_code: string;
  kelurahan_name: string;
  proposals: number;
  approved: number;
  groundcheck: number;
  answered: number;
  open_objections: number;
}

export type CityProposalDetailDbRow = CityProposalDbRow & {
  file_name: string;
  letter_number: string;
  current_programs: string;
  deactivation_reason: string | null;
  source: string;
  dinsos_note: string;
};
