import type { Db } from './open';
import { prepared } from './prepared';

export interface ReplacementPairDbRow {
  old_id: number;
  new_id: number;
  dinsos_status: string | null;
  dinsos_note: string;
  /** 1 when the meeting decided the same and asked for the same programmes. */
  same_request: number;
}

/** A replaced package's proposals paired with the replacing one's: same NIK and kind, unique on both sides. */
export function selectReplacementPairs(db: Db, replacedPackage: number, replacingPackage: number): ReplacementPairDbRow[] {
  return prepared(
    db,
    `SELECT o.id AS old_id, n.id AS new_id, o.dinsos_status, o.dinsos_note, (o.decision = n.decision AND o.programs = n.programs) AS same_request
     FROM city_proposals n JOIN city_proposals o ON o.package_id = @replaced AND o.nik = n.nik AND o.kind = n.kind
     WHERE n.package_id = @replacing
       AND (SELECT count(*) FROM city_proposals x WHERE x.package_id = @replaced AND x.nik = n.nik AND x.kind = n.kind) = 1
       AND (SELECT count(*) FROM city_proposals y WHERE y.package_id = @replacing AND y.nik = n.nik AND y.kind = n.kind) = 1`,
  ).all({ replaced: replacedPackage, replacing: replacingPackage }) as ReplacementPairDbRow[];
}

/** Moves a proposal's groundcheck (assignment, result, photos) to another; answers how many rows moved. */
export function moveGroundcheck(db: Db, fromProposal: number, toProposal: number): number {
  let moved = 0;
  for (const table of ['groundcheck_assignments', 'groundcheck_results', 'groundcheck_photos']) {
    moved += prepared(db, `UPDATE ${table} SET proposal_id = ? WHERE proposal_id = ?`).run(toProposal, fromProposal).changes;
  }
  return moved;
}
