import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';

const plan = (db: ReturnType<typeof databaseAt>, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');

describe('migration 12: city register indexes', () => {
  it('keeps version-11 city proposals, pages them along the register index and finds a NIK with its packages in the index alone', () => {
    const db = databaseAt(11);
    db.prepare(
      `INSERT INTO inbox_packages (id, sha256, file_name, bag_name, kelurahan_code, kelurahan_name, kecamatan_name, meeting_ref, meeting_date, letter_number, signer_key_id, imported_at, imported_by)
       VALUES (1, 'a', 'p.zip.age', 'b', '3573051004', 'Dinoyo', 'Lowokwaru', 1, '2026-11-27', '400/1', 'K', 'x', 'Petugas')`,
    ).run();
    db.prepare(
      `INSERT INTO city_proposals (package_id, no, kelurahan_code, nik, no_kk, name, address, rt, rw, current_programs, kind, programs, reason, source, decision, groundcheck, note)
       VALUES (1, 1, '3573051004', '3573050000000001', '3573050000000002', 'WARGA', 'JL', 1, 1, '[]', 'BARU', '[]', 'x', 'RT_RW', 'DISETUJUI', 0, '')`,
    ).run();
    migrateTo(db, 12);
    expect(db.prepare('SELECT nik FROM city_proposals').pluck().all()).toEqual(['3573050000000001']);
    expect(plan(db, 'SELECT id FROM city_proposals INDEXED BY city_proposals_register ORDER BY kelurahan_code, package_id, no LIMIT 10')).toMatch(/SCAN city_proposals USING (COVERING )?INDEX city_proposals_register/);
    expect(plan(db, "SELECT package_id FROM city_proposals WHERE nik = '3573050000000001'")).toMatch(/USING COVERING INDEX city_proposals_nik/);
  });
});
