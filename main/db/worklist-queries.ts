import type { Db } from './open';
import type { WorklistFamilyDbRow } from './worklist-mapping';

/**
 * Every family with what the Daftar periksa rules need, as one streamed statement: programmes joined, members
 * folded into their extremes (a missing birth date or education is stored as '' and ignored here).
 */
export function iterateWorklistFamilies(db: Db): IterableIterator<WorklistFamilyDbRow> {
  return db
    .prepare(
      `SELECT h.id, h.no_kk, h.address, h.rt, h.rw, h.desil,
         (SELECT group_concat(program) FROM household_programs p WHERE p.household_id = h.id) AS programs,
         (SELECT name FROM members m WHERE m.household_id = h.id ORDER BY m.relationship <> 'KEPALA_KELUARGA', m.position LIMIT 1) AS head_name,
         f.youngest_birth, f.oldest_birth, f.youngest_pupil_birth, f.any_pregnant, f.any_severe
       FROM households h
       LEFT JOIN (
         SELECT household_id, max(nullif(birth_date, '')) AS youngest_birth, min(nullif(birth_date, '')) AS oldest_birth,
           max(CASE WHEN education LIKE 'SEDANG\\_%' ESCAPE '\\' THEN nullif(birth_date, '') END) AS youngest_pupil_birth,
           max(pregnant) AS any_pregnant, max(disability_severe) AS any_severe
         FROM members GROUP BY household_id
       ) f ON f.household_id = h.id
       ORDER BY h.rw, h.rt, h.id`,
    )
    .iterate() as IterableIterator<WorklistFamilyDbRow>;
}

/** Changes whenever anything is committed to the database, by this connection or another. */
export function selectChangeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}
