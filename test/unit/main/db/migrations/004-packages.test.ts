import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold, insertOldMeeting, insertOldSettings } from '../../../../fixtures/migration-rows';

describe('migration 4: signing keys, recipients and sent packages', () => {
  it('keeps a version-3 finished meeting and lets a package of it be recorded; one active key at a time', () => {
    const db = databaseAt(3);
    insertOldSettings(db);
    insertOldHousehold(db, 1);
    insertOldMeeting(db, 1, 1, true);
    migrateTo(db, 4);
    expect(db.prepare('SELECT status FROM meetings').pluck().get()).toBe('SELESAI');
    expect(db.prepare('SELECT decision FROM proposals').pluck().get()).toBe('DISETUJUI');
    db.prepare(
      `INSERT INTO exports (meeting_id, file_name, sha256, size, key_id, encrypted, recipients, created_at)
       VALUES (1, 'usulan-3573051004-20261128-01.zip.age', 'ab', 10, 'K', 1, '[]', 'x')`,
    ).run();
    expect(db.prepare('SELECT count(*) FROM exports WHERE meeting_id = 1').pluck().get()).toBe(1);
    const key = db.prepare("INSERT INTO signing_keys (key_id, public_key, secret_key, own_recipient, own_identity, created_at) VALUES (?, 'p', 's', 'r', 'i', 'x')");
    key.run('K1');
    expect(() => key.run('K2')).toThrow(/UNIQUE/);
  });
});
