import type { DinsosStatus } from '../../shared/inbox/city-proposals';
import type {
  GroundcheckAssignmentDbRow, GroundcheckItemDbRow, GroundcheckPhotoDbRow, GroundcheckResultDbRow, GroundcheckTargetDbRow, GroundcheckWhere,
  NewGroundcheckPhotoDbRow,
} from './groundcheck-mapping';
import type { Db } from './open';
import { prepared } from './prepared';

export function selectGroundcheckTargets(db: Db, ids: readonly number[]): GroundcheckTargetDbRow[] {
  return prepared(
    db,
    `SELECT c.id, cp.replaced_at, c.groundcheck, c.dinsos_status, c.dinsos_note
     FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id
     WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as GroundcheckTargetDbRow[];
}

const IN_FORCE = 'FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id AND cp.replaced_at IS NULL';
const UNASSIGNED_FLAGGED = `${IN_FORCE}
  WHERE c.groundcheck = 1
    AND NOT EXISTS (SELECT 1 FROM groundcheck_assignments a WHERE a.proposal_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM groundcheck_results r WHERE r.proposal_id = c.id)`;

/** Flagged "perlu groundcheck" by their kelurahan, in force, with neither an officer nor a result: in round order. */
export function selectUnassignedFlagged(db: Db): number[] {
  return prepared(db, `SELECT c.id ${UNASSIGNED_FLAGGED} ORDER BY c.kelurahan_code, c.rw, c.rt, c.address, c.id`).pluck().all() as number[];
}

export function countUnassignedFlagged(db: Db): number {
  return prepared(db, `SELECT count(*) ${UNASSIGNED_FLAGGED}`).pluck().get() as number;
}

export function selectAssignments(db: Db, ids: readonly number[]): GroundcheckAssignmentDbRow[] {
  return prepared(db, 'SELECT * FROM groundcheck_assignments WHERE proposal_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as GroundcheckAssignmentDbRow[];
}

export function upsertAssignment(db: Db, row: GroundcheckAssignmentDbRow): void {
  prepared(
    db,
    `INSERT INTO groundcheck_assignments (proposal_id, officer, planned_date, assigned_at, assigned_by)
     VALUES (@proposal_id, @officer, @planned_date, @assigned_at, @assigned_by)
     ON CONFLICT (proposal_id) DO UPDATE SET officer = excluded.officer, planned_date = excluded.planned_date,
       assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by`,
  ).run(row);
}

export function selectResult(db: Db, proposalId: number): GroundcheckResultDbRow | null {
  return (prepared(db, 'SELECT * FROM groundcheck_results WHERE proposal_id = ?').get(proposalId) as GroundcheckResultDbRow | undefined) ?? null;
}

export function upsertResult(db: Db, row: GroundcheckResultDbRow): void {
  prepared(
    db,
    `INSERT INTO groundcheck_results (proposal_id, result, recommended_desil, notes, checked_at, officer, recorded_at, recorded_by)
     VALUES (@proposal_id, @result, @recommended_desil, @notes, @checked_at, @officer, @recorded_at, @recorded_by)
     ON CONFLICT (proposal_id) DO UPDATE SET result = excluded.result, recommended_desil = excluded.recommended_desil, notes = excluded.notes,
       checked_at = excluded.checked_at, officer = excluded.officer, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(row);
}

/** Dinsos' answer on a proposal of the city register, as a groundcheck result sets it. */
export function updateDinsosAnswer(db: Db, proposalId: number, status: DinsosStatus, note: string): void {
  prepared(db, 'UPDATE city_proposals SET dinsos_status = ?, dinsos_note = ? WHERE id = ?').run(status, note, proposalId);
}

const ITEM_COLUMNS = `c.id, c.package_id, c.kelurahan_code, cp.kelurahan_name, cp.meeting_date, c.no, c.nik, c.no_kk, c.name, c.address, c.rt, c.rw, c.desil,
  c.kind, c.programs, c.reason, c.decision, c.groundcheck, c.note, c.dinsos_status, c.dinsos_note, cp.kecamatan_name, cp.letter_number,
  c.current_programs, c.deactivation_reason,
  a.officer AS a_officer, a.planned_date AS a_planned_date, a.assigned_at AS a_assigned_at, a.assigned_by AS a_assigned_by,
  r.result AS r_result, r.recommended_desil AS r_recommended_desil, r.notes AS r_notes, r.checked_at AS r_checked_at, r.officer AS r_officer,
  r.recorded_at AS r_recorded_at, r.recorded_by AS r_recorded_by`;
const ITEM_FROM = `FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id
  LEFT JOIN groundcheck_assignments a ON a.proposal_id = c.id
  LEFT JOIN groundcheck_results r ON r.proposal_id = c.id`;
const LIST_WHERE = `
  WHERE cp.replaced_at IS NULL
    AND (a.proposal_id IS NOT NULL OR r.proposal_id IS NOT NULL)
    AND (@officer IS NULL OR coalesce(a.officer, r.officer) = @officer COLLATE NOCASE)
    AND (@planned IS NULL OR a.planned_date = @planned)
    AND (@hasResult IS NULL OR (r.proposal_id IS NOT NULL) = @hasResult)
    AND (@kelurahan IS NULL OR c.kelurahan_code = @kelurahan)`;

export function countGroundcheckItems(db: Db, where: GroundcheckWhere): number {
  return prepared(db, `SELECT count(*) ${ITEM_FROM} ${LIST_WHERE}`).pluck().get(where) as number;
}

/** Assigned or checked proposals in force: by day, officer and then along the streets (kelurahan, RW, RT, address). */
export function selectGroundcheckItems(db: Db, where: GroundcheckWhere, offset: number, limit: number): GroundcheckItemDbRow[] {
  return prepared(
    db,
    `SELECT ${ITEM_COLUMNS} ${ITEM_FROM} ${LIST_WHERE}
     ORDER BY a.planned_date IS NULL, a.planned_date, coalesce(a.officer, r.officer), c.kelurahan_code, c.rw, c.rt, c.address, c.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...where, offset, limit }) as GroundcheckItemDbRow[];
}

/** These proposals, assigned or not, in force or not, in no particular order. */
export function selectGroundcheckItemsById(db: Db, ids: readonly number[]): GroundcheckItemDbRow[] {
  return prepared(db, `SELECT ${ITEM_COLUMNS} ${ITEM_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as GroundcheckItemDbRow[];
}

export function selectOfficers(db: Db): string[] {
  return prepared(db, 'SELECT DISTINCT officer FROM groundcheck_assignments ORDER BY officer COLLATE NOCASE').pluck().all() as string[];
}

export function insertPhoto(db: Db, row: NewGroundcheckPhotoDbRow): number {
  const result = prepared(
    db,
    `INSERT INTO groundcheck_photos (proposal_id, sha256, mime, size, file_name, caption, latitude, longitude, taken_at, added_at, added_by)
     VALUES (@proposal_id, @sha256, @mime, @size, @file_name, @caption, @latitude, @longitude, @taken_at, @added_at, @added_by)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function selectPhoto(db: Db, id: number): GroundcheckPhotoDbRow | null {
  return (prepared(db, 'SELECT * FROM groundcheck_photos WHERE id = ?').get(id) as GroundcheckPhotoDbRow | undefined) ?? null;
}

export function selectPhotoBySha(db: Db, proposalId: number, sha256: string): GroundcheckPhotoDbRow | null {
  return (prepared(db, 'SELECT * FROM groundcheck_photos WHERE proposal_id = ? AND sha256 = ?').get(proposalId, sha256) as GroundcheckPhotoDbRow | undefined) ?? null;
}

/** The photos of these proposals, oldest first. */
export function selectPhotosOf(db: Db, proposalIds: readonly number[]): GroundcheckPhotoDbRow[] {
  return prepared(db, 'SELECT * FROM groundcheck_photos WHERE proposal_id IN (SELECT value FROM json_each(?)) ORDER BY proposal_id, id').all(JSON.stringify(proposalIds)) as GroundcheckPhotoDbRow[];
}
