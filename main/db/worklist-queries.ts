import type { Db } from './open';
import type { WorklistFamilyDbRow, WorklistLabelDbRow } from './worklist-mapping';

/**
 * The families that can be on the Daftar periksa, with what its rules need, in one statement over the narrow
 * indexes (migration 8). Left out: families receiving nothing that have no desil or sit above every programme's
 * threshold (`maxEligibleDesil`), which no rule lists. Members are folded (see `member_facts`) only where PKH's
 * threshold could admit the family: elsewhere the rules never look at PKH components. A missing birth date or
 * education is stored as '': max() passes over it, min() is told to.
 */
export function iterateWorklistFamilies(db: Db, limits: { pkhMaxDesil: number; maxEligibleDesil: number }): IterableIterator<WorklistFamilyDbRow> {
  return db
    .prepare(
      `SELECT h.id, h.rt, h.rw, h.desil,
         (SELECT group_concat(program) FROM household_programs p WHERE p.household_id = h.id) AS programs,
         CASE WHEN h.desil <= @pkhMaxDesil THEN (
           SELECT max(birth_date) || '|' || coalesce(min(nullif(birth_date, '')), '') || '|'
             || coalesce(max(CASE WHEN education IN ('SEDANG_SD', 'SEDANG_SMP', 'SEDANG_SMA') THEN birth_date END), '') || '|'
             || max(pregnant) || max(disability_severe)
           FROM members m INDEXED BY members_household WHERE m.household_id = h.id) END AS member_facts
       FROM households h INDEXED BY households_scan
       WHERE h.desil <= @maxEligibleDesil OR EXISTS (SELECT 1 FROM household_programs p WHERE p.household_id = h.id)`,
    )
    .iterate(limits) as IterableIterator<WorklistFamilyDbRow>;
}

/** No. KK, address and head of family of the households shown, in one statement however many. */
export function selectWorklistLabels(db: Db, ids: readonly number[]): WorklistLabelDbRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT h.id, h.no_kk, h.address,
         (SELECT name FROM members m WHERE m.household_id = h.id ORDER BY m.relationship <> 'KEPALA_KELUARGA', m.position LIMIT 1) AS head_name
       FROM households h WHERE h.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as WorklistLabelDbRow[];
}

/** Changes whenever anything is committed to the database, by this connection or another. */
export function selectChangeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}
