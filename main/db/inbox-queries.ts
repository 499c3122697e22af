import type { Db } from './open';
import type { CityProposalInsertDbRow, InboxListDbRow, InboxPackageDbRow } from './inbox-mapping';
import { prepared } from './prepared';

export function selectPackageBySha(db: Db, sha256: string): { id: number } | null {
  return (prepared(db, 'SELECT id FROM inbox_packages WHERE sha256 = ?').get(sha256) as { id: number } | undefined) ?? null;
}

/** The package in force for a kelurahan's meeting, if one was imported. */
export function selectPackageInForce(db: Db, kelurahanCode: string, meetingRef: number): { id: number; file_name: string; imported_at: string } | null {
  return (prepared(db, 'SELECT id, file_name, imported_at FROM inbox_packages WHERE kelurahan_code = ? AND meeting_ref = ? AND replaced_at IS NULL')
    .get(kelurahanCode, meetingRef) as { id: number; file_name: string; imported_at: string } | undefined) ?? null;
}

export function markPackageReplaced(db: Db, id: number, now: string): void {
  prepared(db, 'UPDATE inbox_packages SET replaced_at = ? WHERE id = ?').run(now, id);
}

export function insertInboxPackage(db: Db, row: InboxPackageDbRow): number {
  return Number(
    prepared(
      db,
      `INSERT INTO inbox_packages (sha256, file_name, bag_name, kelurahan_code, kelurahan_name, kecamatan_name, meeting_ref, meeting_date, letter_number,
         signer_key_id, reply_recipient, berita_acara_sha256, daftar_hadir_sha256, imported_at, imported_by)
       VALUES (@sha256, @file_name, @bag_name, @kelurahan_code, @kelurahan_name, @kecamatan_name, @meeting_ref, @meeting_date, @letter_number,
         @signer_key_id, @reply_recipient, @berita_acara_sha256, @daftar_hadir_sha256, @imported_at, @imported_by)`,
    ).run(row).lastInsertRowid,
  );
}

export function insertCityProposal(db: Db, row: CityProposalInsertDbRow): number {
  return Number(
    prepared(
      db,
      `INSERT INTO city_proposals (package_id, no, kelurahan_code, nik, no_kk, name, address, rt, rw, desil, current_programs, kind, programs,
         deactivation_reason, reason, source, decision, groundcheck, note)
       VALUES (@package_id, @no, @kelurahan_code, @nik, @no_kk, @name, @address, @rt, @rw, @desil, @current_programs, @kind, @programs,
         @deactivation_reason, @reason, @source, @decision, @groundcheck, @note)`,
    ).run(row).lastInsertRowid,
  );
}

export function insertCityEvidence(db: Db, proposalId: number, e: { kind: string; file: string; sha256: string }): void {
  prepared(db, 'INSERT INTO city_evidence (proposal_id, kind, file, sha256) VALUES (?, ?, ?, ?)').run(proposalId, e.kind, e.file, e.sha256);
}

/** Every package, newest first, with its proposal count and the answers built for it. */
export function selectInboxPackages(db: Db): InboxListDbRow[] {
  return prepared(
    db,
    `SELECT p.id, p.file_name, p.bag_name, p.kelurahan_code, p.kelurahan_name, p.kecamatan_name, p.meeting_date, p.letter_number, p.signer_key_id,
       p.imported_at, p.imported_by, p.replaced_at, (SELECT count(*) FROM city_proposals c WHERE c.package_id = p.id) AS proposals,
       (SELECT count(*) FROM answers_sent a WHERE a.package_id = p.id) AS answers_sent, (SELECT max(issued_at) FROM answers_sent a WHERE a.package_id = p.id) AS last_answer_at
     FROM inbox_packages p ORDER BY p.imported_at DESC, p.id DESC`,
  ).all() as InboxListDbRow[];
}

/** Kelurahan names as the packages gave them, by code. */
export function selectKelurahanNames(db: Db): Map<string, string> {
  const rows = prepared(db, 'SELECT kelurahan_code, kelurahan_name FROM inbox_packages GROUP BY kelurahan_code').all() as { kelurahan_code: string; kelurahan_name: string }[];
  return new Map(rows.map((r) => [r.kelurahan_code, r.kelurahan_name]));
}

/** The digests of a package's berita acara and daftar hadir, as stored. */
export function selectPackageDocuments(db: Db, id: number): { berita_acara_sha256: string | null; daftar_hadir_sha256: string | null; file_name: string } | null {
  return (prepared(db, 'SELECT berita_acara_sha256, daftar_hadir_sha256, file_name FROM inbox_packages WHERE id = ?').get(id) as
    | { berita_acara_sha256: string | null; daftar_hadir_sha256: string | null; file_name: string }
    | undefined) ?? null;
}
