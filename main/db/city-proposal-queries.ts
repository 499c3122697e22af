import type { Db } from './open';
import type { CityProposalDbRow, CityProposalDetailDbRow, CityProposalWhere, CrossPairDbRow, KelurahanCountDbRow } from './city-proposal-mapping';
import { prepared } from './prepared';

const FROM = 'FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id';
const WHERE = `
  WHERE cp.replaced_at IS NULL
    AND (@kelurahan IS NULL OR c.kelurahan_code = @kelurahan)
    AND (@kind IS NULL OR c.kind = @kind)
    AND (@program IS NULL OR EXISTS (SELECT 1 FROM json_each(c.programs) WHERE value = @program))
    AND (@decision IS NULL OR c.decision = @decision)
    AND (@groundcheck IS NULL OR c.groundcheck = @groundcheck)
    AND (@status IS NULL OR (@status = 'BELUM' AND c.dinsos_status IS NULL) OR c.dinsos_status = @status)
    AND (@objections IS NULL OR @objections = (c.kind = 'SANGGAHAN' AND c.dinsos_status IS NULL))
    AND (@cross IS NULL OR @cross = EXISTS (SELECT 1 FROM city_findings f WHERE f.proposal_id = c.id))`;

const PAGE_COLUMNS = `c.id, c.package_id, c.kelurahan_code, cp.kelurahan_name, cp.meeting_date, c.no, c.nik, c.no_kk, c.name, c.address, c.rt, c.rw, c.desil,
  c.kind, c.programs, c.reason, c.decision, c.groundcheck, c.note, c.dinsos_status`;

/** Unanswered objections under the filter, nearest deadline (oldest meeting) first. */
export function selectOpenObjections(db: Db, where: CityProposalWhere, offset: number, limit: number): CityProposalDbRow[] {
  return prepared(db, `SELECT ${PAGE_COLUMNS} ${FROM} ${WHERE} ORDER BY cp.meeting_date, c.kelurahan_code, c.package_id, c.no LIMIT @limit OFFSET @offset`)
    .all({ ...where, objections: 1, limit, offset }) as CityProposalDbRow[];
}

/** Every other proposal under the filter in the register's order (kelurahan, package, number), read along its index. */
export function selectOtherProposals(db: Db, where: CityProposalWhere, offset: number, limit: number): CityProposalDbRow[] {
  return prepared(
    db,
    `SELECT ${PAGE_COLUMNS} FROM city_proposals c INDEXED BY city_proposals_register JOIN inbox_packages cp ON cp.id = c.package_id ${WHERE}
     ORDER BY c.kelurahan_code, c.package_id, c.no LIMIT @limit OFFSET @offset`,
  ).all({ ...where, objections: 0, limit, offset }) as CityProposalDbRow[];
}

/** The findings on these proposals, with what the other proposal is. */
export function selectCrossPairs(db: Db, ids: readonly number[]): CrossPairDbRow[] {
  return prepared(
    db,
    `SELECT f.proposal_id AS id, o.id AS other_id, op.kelurahan_name AS other_kelurahan_name, op.meeting_date AS other_meeting_date, o.no AS other_no,
       o.no_kk AS other_no_kk, o.kind AS other_kind, o.decision AS other_decision, f.other_kelurahan, f.other_kk, f.contradicts
     FROM city_findings f JOIN city_proposals o ON o.id = f.other_id JOIN inbox_packages op ON op.id = o.package_id
     WHERE f.proposal_id IN (SELECT value FROM json_each(?))
     ORDER BY f.proposal_id, op.meeting_date, o.id`,
  ).all(JSON.stringify(ids)) as CrossPairDbRow[];
}

/** Per kelurahan, over the same filter without its kelurahan: proposals, approved, flagged for groundcheck, answered, objections waiting. */
export function countPerKelurahan(db: Db, where: CityProposalWhere): KelurahanCountDbRow[] {
  return prepared(
    db,
    `SELECT c.kelurahan_code, max(cp.kelurahan_name) AS kelurahan_name, count(*) AS proposals, sum(c.decision = 'DISETUJUI') AS approved,
       sum(c.groundcheck) AS groundcheck, sum(c.dinsos_status IS NOT NULL) AS answered, sum(c.kind = 'SANGGAHAN' AND c.dinsos_status IS NULL) AS open_objections
     ${FROM} ${WHERE} GROUP BY c.kelurahan_code ORDER BY kelurahan_name`,
  ).all({ ...where, kelurahan: null }) as KelurahanCountDbRow[];
}

export function selectCityProposal(db: Db, id: number): CityProposalDetailDbRow | null {
  return (prepared(
    db,
    `SELECT c.id, c.package_id, c.kelurahan_code, cp.kelurahan_name, cp.meeting_date, c.no, c.nik, c.no_kk, c.name, c.address, c.rt, c.rw, c.desil,
       c.kind, c.programs, c.reason, c.decision, c.groundcheck, c.note, c.dinsos_status, cp.file_name, cp.letter_number, c.current_programs,
       c.deactivation_reason, c.source, c.dinsos_note
     ${FROM} WHERE c.id = ?`,
  ).get(id) as CityProposalDetailDbRow | undefined) ?? null;
}

export function selectCityEvidenceOf(db: Db, proposalId: number): { id: number; kind: string; file: string }[] {
  return prepared(db, 'SELECT id, kind, file FROM city_evidence WHERE proposal_id = ? ORDER BY id').all(proposalId) as { id: number; kind: string; file: string }[];
}

export function selectCityEvidence(db: Db, id: number): { file: string; sha256: string } | null {
  return (prepared(db, 'SELECT file, sha256 FROM city_evidence WHERE id = ?').get(id) as { file: string; sha256: string } | undefined) ?? null;
}
