import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldHousehold, insertOldSettings } from '../../../../fixtures/migration-rows';

const NOW = '2026-11-27T02:00:00.000Z';
const aPackage = (sha: string, replacedAt: string | null) => ({ sha, replacedAt, now: NOW });

describe('migration 9: Dinsos office, trusted kelurahan keys and the city inbox', () => {
  it('keeps a version-8 kelurahan folder as it was and adds the Dinsos tables, one package in force per kelurahan meeting', () => {
    const db = databaseAt(8);
    insertOldSettings(db);
    insertOldHousehold(db, 1);
    migrateTo(db, 9);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1);
    expect(db.prepare('SELECT no_kk FROM households').pluck().all()).toHaveLength(1);
    expect(db.prepare('SELECT count(*) FROM dinsos_office').pluck().get()).toBe(0);

    const insertPackage = db.prepare(
      `INSERT INTO inbox_packages (sha256, file_name, bag_name, kelurahan_code, kelurahan_name, kecamatan_name, meeting_ref, meeting_date, letter_number,
         signer_key_id, imported_at, imported_by, replaced_at)
       VALUES (@sha, 'p.zip.age', 'usulan-3573051004-20261127-01', '3573051004', 'Dinoyo', 'Lowokwaru', 1, '2026-11-27', '400/1', 'ABCD', @now, 'Petugas', @replacedAt)`,
    );
    insertPackage.run(aPackage('a', NOW));
    insertPackage.run(aPackage('b', null));
    expect(() => insertPackage.run(aPackage('c', null))).toThrow(/UNIQUE/);
    expect(() => insertPackage.run(aPackage('b', NOW))).toThrow(/UNIQUE/);

    const insertKey = db.prepare("INSERT INTO kelurahan_keys (kelurahan_code, key_id, public_key, trusted_at, trusted_by, replaced_at) VALUES ('3573051004', ?, 'pub', ?, 'Petugas', ?)");
    insertKey.run('K1', NOW, NOW);
    insertKey.run('K2', NOW, null);
    expect(() => insertKey.run('K3', NOW, null)).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO dinsos_office (id, region_code, office_name, head_name, head_nip, secretary_name, secretary_nip, office_address, updated_at) VALUES (1, '357', 'x', 'x', '', 'x', '', 'x', 'x')").run()).toThrow(/CHECK/);
  });
});
