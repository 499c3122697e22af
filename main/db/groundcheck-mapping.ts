import { mapLinks } from '../../shared/groundcheck/map-link';
import type { GroundcheckAssignment, GroundcheckListInput, GroundcheckPhoto, GroundcheckResult, GroundcheckResultCode } from '../../shared/groundcheck/schema';
import type { DinsosStatus } from '../../shared/inbox/city-proposals';
import type { CityProposalDbRow } from './city-proposal-mapping';

export interface GroundcheckAssignmentDbRow {
  proposal_id: number;
  officer: string;
  planned_date: string;
  assigned_at: string;
  assigned_by: string;
}

export interface GroundcheckResultDbRow {
  proposal_id: number;
  result: GroundcheckResultCode;
  recommended_desil: number | null;
  notes: string;
  checked_at: string;
  officer: string;
  recorded_at: string;
  recorded_by: string;
}

export interface GroundcheckPhotoDbRow {
  id: number;
  proposal_id: number;
  sha256: string;
  mime: 'image/jpeg' | 'image/png';
  size: number;
  file_name: string;
  caption: string;
  latitude: number | null;
  longitude: number | null;
  taken_at: string | null;
  added_at: string;
  added_by: string;
}
export type NewGroundcheckPhotoDbRow = Omit<GroundcheckPhotoDbRow, 'id'>;

/** A proposal as groundcheck needs it: whether its package is still in force, its flag and the answer it has now. */
export interface GroundcheckTargetDbRow {
  id: number;
  replaced_at: string | null;
  groundcheck: 0 | 1;
  dinsos_status: DinsosStatus | null;
  dinsos_note: string;
}

/**
 * A row of the groundcheck list: the register's columns, the rest of the kelurahan's record the printed form shows,
 * and the assignment (a_*) and result (r_*) when there are any.
 */
export type GroundcheckItemDbRow = CityProposalDbRow & {
  dinsos_note: string;
  kecamatan_name: string;
  letter_number: string;
  current_programs: string;
  deactivation_reason: string | null;
  a_officer: string | null;
  a_planned_date: string | null;
  a_assigned_at: string | null;
  a_assigned_by: string | null;
  r_result: GroundcheckResultCode | null;
  r_recommended_desil: number | null;
  r_notes: string | null;
  r_checked_at: string | null;
  r_officer: string | null;
  r_recorded_at: string | null;
  r_recorded_by: string | null;
};

/** The list's filter as the statements bind it: absent values are NULL, booleans 0/1. */
export interface GroundcheckWhere {
  officer: string | null;
  planned: string | null;
  hasResult: 0 | 1 | null;
  kelurahan: string | null;
}

export function groundcheckWhere(filter: GroundcheckListInput): GroundcheckWhere {
  return {
    officer: filter.officer ?? null,
    planned: filter.plannedDate ?? null,
    hasResult: filter.hasResult === undefined ? null : filter.hasResult ? 1 : 0,
    kelurahan: filter.kelurahanCode ?? null,
  };
}

export function assignmentFromDb(row: GroundcheckAssignmentDbRow): GroundcheckAssignment {
  return { officer: row.officer, plannedDate: row.planned_date, assignedAt: row.assigned_at, assignedBy: row.assigned_by };
}

export function resultFromDb(row: GroundcheckResultDbRow): GroundcheckResult {
  return {
    result: row.result, recommendedDesil: row.recommended_desil, notes: row.notes, checkedAt: row.checked_at, officer: row.officer,
    recordedAt: row.recorded_at, recordedBy: row.recorded_by,
  };
}

export function resultToDb(proposalId: number, result: GroundcheckResult): GroundcheckResultDbRow {
  return {
    proposal_id: proposalId, result: result.result, recommended_desil: result.recommendedDesil, notes: result.notes, checked_at: result.checkedAt,
    officer: result.officer, recorded_at: result.recordedAt, recorded_by: result.recordedBy,
  };
}

/** The assignment and result columns of a list row, each null when the proposal has none. */
export function itemPartsFromDb(row: GroundcheckItemDbRow): { assignment: GroundcheckAssignment | null; result: GroundcheckResult | null } {
  const assignment = row.a_officer !== null && row.a_planned_date !== null
    ? { officer: row.a_officer, plannedDate: row.a_planned_date, assignedAt: row.a_assigned_at ?? '', assignedBy: row.a_assigned_by ?? '' }
    : null;
  const result = row.r_result !== null
    ? {
      result: row.r_result, recommendedDesil: row.r_recommended_desil, notes: row.r_notes ?? '', checkedAt: row.r_checked_at ?? '', officer: row.r_officer ?? '',
      recordedAt: row.r_recorded_at ?? '', recordedBy: row.r_recorded_by ?? '',
    }
    : null;
  return { assignment, result };
}

export function photoFromDb(row: GroundcheckPhotoDbRow): GroundcheckPhoto {
  return {
    id: row.id, proposalId: row.proposal_id, fileName: row.file_name, caption: row.caption, mime: row.mime, size: row.size,
    latitude: row.latitude, longitude: row.longitude, takenAt: row.taken_at,
    mapLinks: row.latitude !== null && row.longitude !== null ? mapLinks(row.latitude, row.longitude) : null,
    addedAt: row.added_at, addedBy: row.added_by,
  };
}
