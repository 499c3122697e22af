import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold } from '../../../../fixtures/migration-rows';

const plan = (db: ReturnType<typeof databaseAt>, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail);
const indexesOf = (db: ReturnType<typeof databaseAt>, table: string) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").pluck().all(table);

describe('migration 14: import staging apart, one members index fewer', () => {
  it('drops the staging table and serves family order and the Daftar periksa facts from one members index', () => {
    const db = databaseAt(13);
    insertOldHousehold(db, 1);
    insertOldHousehold(db, 2);
    db.prepare("INSERT INTO dtsen_staging (run, row, no_kk, nik, person, skip) VALUES ('r', 2, '3573050000000001', '', NULL, 1)").run();
    migrateTo(db, 14);

    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'dtsen_staging%'").pluck().get()).toBe(0);
    expect(indexesOf(db, 'members')).toEqual(['members_household', 'members_nik_household']);
    expect(db.prepare('SELECT household_id, name FROM members ORDER BY household_id').all()).toEqual([
      { household_id: 1, name: 'Budi Santoso' },
      { household_id: 2, name: 'Budi Santoso' },
    ]);
    expect(plan(db, 'SELECT name FROM members WHERE household_id = 1 ORDER BY position')).toEqual(['SEARCH members USING INDEX members_household (household_id=?)']);
    const facts = "SELECT max(birth_date), max(pregnant), max(disability_severe) FROM members WHERE household_id = 1 AND education IN ('SEDANG_SD')";
    expect(plan(db, facts)).toEqual(['SEARCH members USING COVERING INDEX members_household (household_id=?)']);
    expect(db.prepare(facts.replace(" AND education IN ('SEDANG_SD')", '')).raw().get()).toEqual(['1980-05-17', 0, 0]);
  });
});
