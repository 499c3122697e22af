import type { Db } from './open';
import type { CityProposalDbRow, CityProposalDetailDbRow, CityProposalWhere, CrossPairDbRow, KelurahanCountDbRow } from './city-proposal-mapping';
import { prepared } from './prepared';

/** Another proposal `o` about the same NIK as `c` (whose package is `cp`), in another package in force. */
const OTHER_PACKAGE = 'inbox_packages op ON op.id = o.package_id AND op.replaced_at IS NULL';
const OTHER = `city_proposals o JOIN ${OTHER_PACKAGE}`;
const SAME_PERSON = 'o.nik = c.nik AND o.package_id <> c.package_id';
const OTHER_KELURAHAN = 'o.kelurahan_code <> c.kelurahan_code';
const OTHER_KK = 'o.no_kk <> c.no_kk';
/** Registering or giving aid against stopping it or objecting to it, where the earlier of the two was approved. */
const CONTRADICTS = `(((c.kind IN ('BARU', 'USULAN_PROGRAM') AND o.kind IN ('PENONAKTIFAN', 'SANGGAHAN')) OR (c.kind IN ('PENONAKTIFAN', 'SANGGAHAN') AND o.kind IN ('BARU', 'USULAN_PROGRAM')))
  AND ((o.decision = 'DISETUJUI' AND op.meeting_date < cp.meeting_date) OR (c.decision = 'DISETUJUI' AND cp.meeting_date < op.meeting_date)))`;
const FINDING = `(${OTHER_KELURAHAN} OR ${OTHER_KK} OR ${CONTRADICTS})`;
/** NIKs in more than one package in force: only their proposals can have a finding, so the others skip the search. */
const PROPOSED_TWICE = `SELECT d.nik FROM city_proposals d INDEXED BY city_proposals_nik JOIN inbox_packages dp ON dp.id = d.package_id AND dp.replaced_at IS NULL
  GROUP BY d.nik HAVING count(DISTINCT d.package_id) > 1`;

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
    AND (@cross IS NULL OR @cross = (c.nik IN (${PROPOSED_TWICE}) AND EXISTS (SELECT 1 FROM ${OTHER} WHERE ${SAME_PERSON} AND ${FINDING})))`;

export function countCityProposals(db: Db, where: CityProposalWhere): number {
  return prepared(db, `SELECT count(*) ${FROM} ${WHERE}`).pluck().get(where) as number;
}

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

/** The findings of these proposals, each pair once per proposal, with what the other proposal is. */
export function selectCrossPairs(db: Db, ids: readonly number[]): CrossPairDbRow[] {
  return prepared(
    db,
    `SELECT c.id, o.id AS other_id, op.kelurahan_name AS other_kelurahan_name, op.meeting_date AS other_meeting_date, o.no AS other_no, o.no_kk AS other_no_kk,
       o.kind AS other_kind, o.decision AS other_decision, ${OTHER_KELURAHAN} AS other_kelurahan, ${OTHER_KK} AS other_kk, ${CONTRADICTS} AS contradicts
     ${FROM} JOIN city_proposals o ON ${SAME_PERSON} JOIN ${OTHER_PACKAGE}
     WHERE c.id IN (SELECT value FROM json_each(?)) AND ${FINDING}
     ORDER BY c.id, op.meeting_date, o.id`,
  ).all(JSON.stringify(ids)) as CrossPairDbRow[];
}

/** Per kelurahan, over the same filter without its kelurahan: proposals, approved, flagged for groundcheck, answered. */
export function countPerKelurahan(db: Db, where: CityProposalWhere): KelurahanCountDbRow[] {
  return prepared(
    db,
    `SELECT c.kelurahan_code, max(cp.kelurahan_name) AS kelurahan_name, count(*) AS proposals, sum(c.decision = 'DISETUJUI') AS approved,
       sum(c.groundcheck) AS groundcheck, sum(c.dinsos_status IS NOT NULL) AS answered
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
