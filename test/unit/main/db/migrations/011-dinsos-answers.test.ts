import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold, insertOldMeeting } from '../../../../fixtures/migration-rows';

describe('migration 11: Dinsos answers', () => {
  it("keeps version-10 meetings and proposals, and keeps one status per proposal beside the finished meeting's lock", () => {
    const db = databaseAt(10);
    insertOldHousehold(db, 1);
    insertOldMeeting(db, 1, 1, true);
    migrateTo(db, 11);
    const proposal = db.prepare('SELECT id FROM proposals WHERE meeting_id = 1').pluck().get() as number;
    expect(proposal).toBeGreaterThan(0);
    db.prepare("INSERT INTO answers_received (sha256, file_name, meeting_id, issued_at, imported_at, imported_by) VALUES ('a', 't.zip.age', 1, 'x', 'x', 'Sekretaris')").run();
    const answer = db.prepare('SELECT id FROM answers_received').pluck().get() as number;
    const upsert = db.prepare(
      'INSERT INTO proposal_answers (proposal_id, answer_id, status, note) VALUES (?, ?, ?, ?) ON CONFLICT (proposal_id) DO UPDATE SET status = excluded.status, note = excluded.note',
    );
    upsert.run(proposal, answer, 'DIKEMBALIKAN', 'Foto rumah tidak jelas');
    upsert.run(proposal, answer, 'DITERIMA', '');
    expect(db.prepare('SELECT status, note FROM proposal_answers').all()).toEqual([{ status: 'DITERIMA', note: '' }]);
    expect(() => upsert.run(proposal, answer, 'DIPROSES', '')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO answers_received (sha256, file_name, meeting_id, issued_at, imported_at, imported_by) VALUES ('a', 'u', 1, 'y', 'y', 'z')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO dinsos_key (id, key_id, public_key, set_at) VALUES (2, 'K', 'p', 'x')").run()).toThrow(/CHECK/);
  });
});
