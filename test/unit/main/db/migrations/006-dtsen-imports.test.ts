import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold } from '../../../../fixtures/migration-rows';

describe('migration 6: DTSEN imports', () => {
  it('keeps version-5 members as written, adds the mother name and DTSEN id, and records imports', () => {
    const db = databaseAt(5);
    insertOldHousehold(db, 1);
    migrateTo(db, 6);
    expect(db.prepare('SELECT name, education, mother_name, id_dtsen FROM members').get()).toEqual({
      name: 'Budi Santoso', education: 'TAMAT_SMA', mother_name: null, id_dtsen: null,
    });

    const record = db.prepare(
      `INSERT INTO dtsen_imports (file_name, sha256, shape, rows, skipped_rows, families_new, families_changed, families_unchanged,
         families_missing, members_new, members_changed, members_unchanged, operator, imported_at)
       VALUES ('dtks.csv', ?, ?, 10, 0, 3, 0, 0, 0, 10, 0, 0, 'Operator', 'x')`,
    );
    record.run('a'.repeat(64), 'REGISTER');
    expect(() => record.run('a'.repeat(63), 'REGISTER')).toThrow(/CHECK/);
    expect(() => record.run('a'.repeat(64), 'LAINNYA')).toThrow(/CHECK/);

    const stage = db.prepare("INSERT INTO dtsen_staging (run, row, no_kk, nik, person, skip) VALUES ('r', ?, '3573050000000001', '', NULL, ?)");
    stage.run(2, 0);
    expect(() => stage.run(2, 0)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => stage.run(3, 2)).toThrow(/CHECK/);

    const remember = db.prepare("INSERT INTO dtsen_mappings (headers_key, mapping, updated_at) VALUES (?, '{}', 'x')");
    remember.run('b'.repeat(64));
    expect(() => remember.run('b'.repeat(64))).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
