import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';

const NOW = '2026-11-27T02:00:00.000Z';
const SHA = 'a'.repeat(64);

describe('migration 10: groundcheck assignments, results and photos', () => {
  it('keeps a version-9 Dinsos register as it was and adds the groundcheck tables with their constraints', () => {
    const db = databaseAt(9);
    db.prepare(
      `INSERT INTO inbox_packages (id, sha256, file_name, bag_name, kelurahan_code, kelurahan_name, kecamatan_name, meeting_ref, meeting_date, letter_number,
         signer_key_id, imported_at, imported_by)
       VALUES (1, 'p', 'p.zip.age', 'usulan-3573051004-20261127-01', '3573051004', 'Dinoyo', 'Lowokwaru', 1, '2026-11-27', '400/1', 'ABCD', ?, 'Petugas')`,
    ).run(NOW);
    const insertProposal = db.prepare(
      `INSERT INTO city_proposals (id, package_id, no, kelurahan_code, nik, no_kk, name, address, rt, rw, desil, current_programs, kind, programs, reason, source,
         decision, groundcheck, note)
       VALUES (?, 1, ?, '3573051004', '3573055709840002', '3573050101080001', 'Sutrisno', 'Jl. Mawar 1', 1, 2, 6, '[]', 'PENINJAUAN_DESIL', '["PKH"]', 'Rumah layak', 'RT_RW',
         'DISETUJUI', 1, '')`,
    );
    insertProposal.run(1, 1);
    insertProposal.run(2, 2);
    migrateTo(db, 10);
    expect(db.prepare('SELECT id, dinsos_status, dinsos_note FROM city_proposals ORDER BY id').all()).toEqual([
      { id: 1, dinsos_status: null, dinsos_note: '' },
      { id: 2, dinsos_status: null, dinsos_note: '' },
    ]);

    const assign = db.prepare("INSERT INTO groundcheck_assignments (proposal_id, officer, planned_date, assigned_at, assigned_by) VALUES (?, ?, ?, ?, 'Kepala Seksi')");
    assign.run(1, 'Budi Santoso', '2026-12-03', NOW);
    expect(() => assign.run(1, 'Siti Aminah', '2026-12-04', NOW)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => assign.run(2, '  ', '2026-12-03', NOW)).toThrow(/CHECK/);
    expect(() => assign.run(2, 'Budi Santoso', '03-12-2026', NOW)).toThrow(/CHECK/);
    expect(() => assign.run(99, 'Budi Santoso', '2026-12-03', NOW)).toThrow(/FOREIGN KEY/);

    const result = db.prepare(
      "INSERT INTO groundcheck_results (proposal_id, result, recommended_desil, checked_at, officer, recorded_at, recorded_by) VALUES (?, ?, ?, '2026-12-03', 'Budi Santoso', ?, 'Kepala Seksi')",
    );
    result.run(1, 'TIDAK_LAYAK', 7, NOW);
    expect(db.prepare('SELECT notes FROM groundcheck_results').pluck().get()).toBe('');
    expect(() => result.run(2, 'SUDAH_MAMPU', null, NOW)).toThrow(/CHECK/);
    expect(() => result.run(2, 'LAYAK', 11, NOW)).toThrow(/CHECK/);
    expect(() => result.run(2, 'LAYAK', 0, NOW)).toThrow(/CHECK/);
    expect(() => result.run(2, 'LAYAK', 'tiga', NOW)).toThrow(/cannot store TEXT value in INTEGER column/);

    const photo = db.prepare(
      `INSERT INTO groundcheck_photos (proposal_id, sha256, mime, size, file_name, latitude, longitude, taken_at, added_at, added_by)
       VALUES (1, ?, ?, 1000, 'rumah.jpg', ?, ?, NULL, ?, 'Kepala Seksi')`,
    );
    photo.run(SHA, 'image/jpeg', -7.97, 112.63, NOW);
    expect(db.prepare('SELECT caption FROM groundcheck_photos').pluck().get()).toBe('');
    expect(() => photo.run(SHA, 'image/jpeg', null, null, NOW)).toThrow(/UNIQUE/);
    expect(() => photo.run('b'.repeat(64), 'application/pdf', null, null, NOW)).toThrow(/CHECK/);
    expect(() => photo.run('b'.repeat(64), 'image/png', -7.97, null, NOW)).toThrow(/CHECK/);
    expect(() => photo.run('b'.repeat(64), 'image/png', -97, 112.63, NOW)).toThrow(/CHECK/);
    expect(() => photo.run('short', 'image/png', null, null, NOW)).toThrow(/CHECK/);

    // A proposal that goes takes its groundcheck with it.
    db.prepare('DELETE FROM city_proposals WHERE id = 1').run();
    for (const table of ['groundcheck_assignments', 'groundcheck_results', 'groundcheck_photos']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT proposal_id FROM groundcheck_assignments WHERE planned_date = '2026-12-03' AND officer = 'Budi'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX groundcheck_assignments_round/);
  });
});
