import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold, insertOldMeeting } from '../../../../fixtures/migration-rows';

describe('migration 2: meetings, proposals, evidence, rule sets and the audit trail', () => {
  it('keeps a version-1 register and lets its families be proposed, with finished meetings locked', () => {
    const db = databaseAt(1);
    insertOldHousehold(db, 1);
    migrateTo(db, 2);
    expect(db.prepare('SELECT no_kk, desil, assets FROM households').get()).toEqual({ no_kk: '3573051203150001', desil: 2, assets: '["SEPEDA_MOTOR"]' });
    expect(db.prepare('SELECT nik FROM members').pluck().all()).toEqual(['3573051705800001']);
    insertOldMeeting(db, 1, 1, true);
    expect(() => db.prepare("UPDATE proposals SET decision = 'DITOLAK'").run()).toThrow('MEETING_LOCKED');
    expect(() => db.prepare('DELETE FROM households WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare(
      "INSERT INTO audit_log (at, operator, action, entity, prev_hash, hash) VALUES ('x', 'Operator', 'BUAT', 'KELUARGA', '0', '1')",
    ).run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('AUDIT_APPEND_ONLY');
  });
});
