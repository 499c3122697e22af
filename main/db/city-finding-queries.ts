import type { Db } from './open';
import { prepared } from './prepared';

/**
 * Each proposal of one package against every other proposal in force about the same NIK, with what they conflict
 * on: another kelurahan, another No. KK, or registering or giving aid against stopping it or objecting to it where
 * the earlier of the two was approved. Each flag reads the same both ways round.
 */
const PAIRS_OF_PACKAGE = `
  SELECT c.id AS proposal_id, o.id AS other_id, o.kelurahan_code <> c.kelurahan_code AS other_kelurahan, o.no_kk <> c.no_kk AS other_kk,
    (((c.kind IN ('BARU', 'USULAN_PROGRAM') AND o.kind IN ('PENONAKTIFAN', 'SANGGAHAN')) OR (c.kind IN ('PENONAKTIFAN', 'SANGGAHAN') AND o.kind IN ('BARU', 'USULAN_PROGRAM')))
      AND ((o.decision = 'DISETUJUI' AND op.meeting_date < cp.meeting_date) OR (c.decision = 'DISETUJUI' AND cp.meeting_date < op.meeting_date))) AS contradicts
  FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id
  JOIN city_proposals o ON o.nik = c.nik AND o.package_id <> c.package_id
  JOIN inbox_packages op ON op.id = o.package_id AND op.replaced_at IS NULL
  WHERE c.package_id = ?`;

/** Records the findings of a package just imported, on its proposals and on the others they concern. */
export function insertFindingsOf(db: Db, packageId: number): number {
  return prepared(
    db,
    `WITH pairs AS (${PAIRS_OF_PACKAGE}), found AS (SELECT * FROM pairs WHERE other_kelurahan OR other_kk OR contradicts)
     INSERT INTO city_findings (proposal_id, other_id, other_kelurahan, other_kk, contradicts)
     SELECT proposal_id, other_id, other_kelurahan, other_kk, contradicts FROM found
     UNION ALL SELECT other_id, proposal_id, other_kelurahan, other_kk, contradicts FROM found`,
  ).run(packageId).changes;
}

/** A replaced package's findings, both ways round: its proposals are out of force. */
export function deleteFindingsOf(db: Db, packageId: number): void {
  prepared(
    db,
    `DELETE FROM city_findings WHERE proposal_id IN (SELECT id FROM city_proposals WHERE package_id = @package)
       OR other_id IN (SELECT id FROM city_proposals WHERE package_id = @package)`,
  ).run({ package: packageId });
}
