import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold } from '../../../../fixtures/migration-rows';

describe('migration 5: per-household keys for personal fields in the audit trail', () => {
  it('keeps version-4 audit entries as written and gives households a key that goes with them', () => {
    const db = databaseAt(4);
    insertOldHousehold(db, 1);
    insertOldHousehold(db, 2);
    const oldEntry = `INSERT INTO audit_log (at, operator, action, entity, entity_id, household_id, after, prev_hash, hash)
      VALUES ('x', 'Operator', 'BUAT', 'KELUARGA', 1, 1, '{"noKk":"3573051203150001"}', '0', '1')`;
    db.prepare(oldEntry).run();
    migrateTo(db, 5);
    // Entries written before this version cannot be resealed: they are hashed and append-only.
    expect(db.prepare('SELECT after FROM audit_log').pluck().get()).toBe('{"noKk":"3573051203150001"}');
    expect(db.prepare('SELECT count(*) FROM household_audit_keys').pluck().get()).toBe(0);

    const insert = db.prepare('INSERT INTO household_audit_keys (household_id, key) VALUES (?, ?)');
    insert.run(1, Buffer.alloc(32, 7));
    insert.run(2, Buffer.alloc(32, 8));
    expect(() => insert.run(1, Buffer.alloc(32, 9))).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(3, Buffer.alloc(32, 9))).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE household_audit_keys SET key = ? WHERE household_id = 2').run(Buffer.alloc(16))).toThrow(/CHECK/);
    db.prepare('DELETE FROM households WHERE id = 1').run();
    expect(db.prepare('SELECT household_id FROM household_audit_keys').pluck().all()).toEqual([2]);
  });
});
