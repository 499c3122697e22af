import type { Db } from './open';
import type { RekapDbRow } from './rekap-mapping';

/**
 * The register counted in one statement: families and people per RW, desil and combination of programmes. Member
 * counts and programmes are gathered once each and joined to the narrow index over households, not per family.
 */
export function selectRekapGroups(db: Db): RekapDbRow[] {
  return db
    .prepare(
      `WITH sizes AS MATERIALIZED (SELECT household_id, count(*) AS people FROM members GROUP BY household_id),
            joined AS MATERIALIZED (SELECT household_id, group_concat(program) AS programs FROM household_programs GROUP BY household_id)
       SELECT h.rw, h.desil, coalesce(j.programs, '') AS programs, count(*) AS families, coalesce(sum(s.people), 0) AS people
       FROM households h INDEXED BY households_scan
       LEFT JOIN sizes s ON s.household_id = h.id
       LEFT JOIN joined j ON j.household_id = h.id
       GROUP BY 1, 2, 3`,
    )
    .all() as RekapDbRow[];
}
