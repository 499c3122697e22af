import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';

type Db = ReturnType<typeof databaseAt>;

function aPackage(db: Db, id: number, kelurahan: string, replacedAt: string | null): void {
  db.prepare(
    `INSERT INTO inbox_packages (id, sha256, file_name, bag_name, kelurahan_code, kelurahan_name, kecamatan_name, meeting_ref, meeting_date, letter_number, signer_key_id, imported_at, imported_by, replaced_at)
     VALUES (?, ?, 'p.zip.age', 'b', ?, 'Kelurahan', 'Lowokwaru', 1, '2026-11-27', '400/1', 'K', 'x', 'Petugas', ?)`,
  ).run(id, `sha-${String(id)}`, kelurahan, replacedAt);
}

function aProposal(db: Db, id: number, packageId: number, kelurahan: string, nik: string, noKk: string): void {
  db.prepare(
    `INSERT INTO city_proposals (id, package_id, no, kelurahan_code, nik, no_kk, name, address, rt, rw, current_programs, kind, programs, reason, source, decision, groundcheck, note)
     VALUES (?, ?, 1, ?, ?, ?, 'WARGA', 'JL', 1, 1, '[]', 'BARU', '[]', 'x', 'RT_RW', 'DISETUJUI', 0, '')`,
  ).run(id, packageId, kelurahan, nik, noKk);
}

describe('migration 13: city findings', () => {
  it('records the findings among version-12 packages in force, both ways round, and none for a replaced package', () => {
    const db = databaseAt(12);
    aPackage(db, 1, '3573051004', null);
    aPackage(db, 2, '3573051005', null);
    aPackage(db, 3, '3573051006', '2026-11-28T01:00:00.000Z');
    aProposal(db, 10, 1, '3573051004', '3573050203750001', '3573050000000001');
    aProposal(db, 20, 2, '3573051005', '3573050203750001', '3573050000000002');
    aProposal(db, 30, 3, '3573051006', '3573050203750001', '3573050000000003');
    migrateTo(db, 13);
    expect(db.prepare('SELECT proposal_id, other_id, other_kelurahan, other_kk, contradicts FROM city_findings ORDER BY proposal_id').all()).toEqual([
      { proposal_id: 10, other_id: 20, other_kelurahan: 1, other_kk: 1, contradicts: 0 },
      { proposal_id: 20, other_id: 10, other_kelurahan: 1, other_kk: 1, contradicts: 0 },
    ]);
  });
});
