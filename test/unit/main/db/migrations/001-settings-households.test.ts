import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';

describe('migration 1: settings and the household register', () => {
  it('turns an empty file into a register where a member is found by name prefix', () => {
    const db = databaseAt(0);
    migrateTo(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.prepare(
      `INSERT INTO households (id, no_kk, address, rt, rw, kelurahan_code, desil, created_at, updated_at)
       VALUES (1, '3573051203150001', 'Jl. MT Haryono', 3, 5, '3573051004', 2, 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO members (household_id, position, nik, name, sex, birth_place, birth_date, relationship, marital_status, education, occupation,
         disability, disability_severe, pregnant)
       VALUES (1, 0, '3573051705800001', 'Budi Santoso', 'L', 'Malang', '1980-05-17', 'KEPALA_KELUARGA', 'KAWIN', 'TAMAT_SMA', 'BURUH_HARIAN', 'TIDAK_ADA', 0, 0)`,
    ).run();
    expect(db.prepare("SELECT rowid FROM members_fts WHERE members_fts MATCH 'sant*'").pluck().all()).toEqual([1]);
    expect(() => db.prepare("UPDATE members SET sex = 'X'").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM households WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0);
  });
});
