import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold } from '../../../../fixtures/migration-rows';

const plan = (db: ReturnType<typeof databaseAt>, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail);

describe('migration 8: narrow indexes for the Daftar periksa and the Rekap', () => {
  it('keeps version-7 households and members, and their scans read the indexes instead of the tables', () => {
    const db = databaseAt(7);
    insertOldHousehold(db, 1);
    insertOldHousehold(db, 2);
    migrateTo(db, 8);
    expect(db.prepare('SELECT id, rw, rt, desil FROM households INDEXED BY households_scan ORDER BY id').all()).toEqual([
      { id: 1, rw: 5, rt: 3, desil: 2 },
      { id: 2, rw: 5, rt: 3, desil: 2 },
    ]);
    expect(plan(db, 'SELECT id, rw, rt, desil FROM households ORDER BY id')).toEqual(['SCAN households USING COVERING INDEX households_scan']);
    const facts = 'SELECT max(birth_date), max(pregnant), max(disability_severe) FROM members WHERE household_id = 1 AND education IN (\'SEDANG_SD\')';
    expect(plan(db, facts)).toEqual(['SEARCH members USING COVERING INDEX members_facts (household_id=?)']);
    expect(db.prepare(facts.replace(" AND education IN ('SEDANG_SD')", '')).raw().get()).toEqual(['1980-05-17', 0, 0]);
  });
});
