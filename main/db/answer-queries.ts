import type { AnswerPackageDbRow, AnsweredProposalDbRow, ReceivedAnswerDbRow, ReceivedAnswerListDbRow, SiksNgDbRow } from './answer-mapping';
import type { Db } from './open';
import { prepared } from './prepared';

/** Dinsos sets its answer on proposals of the city register. */
export function updateDinsosStatus(db: Db, ids: readonly number[], status: string, note: string): number {
  return prepared(db, 'UPDATE city_proposals SET dinsos_status = ?, dinsos_note = ? WHERE id IN (SELECT value FROM json_each(?))').run(status, note, JSON.stringify(ids)).changes;
}

export function selectAnswerPackage(db: Db, packageId: number): AnswerPackageDbRow | null {
  return (prepared(
    db,
    'SELECT id, sha256, kelurahan_code, kelurahan_name, meeting_ref, meeting_date, letter_number, reply_recipient, replaced_at FROM inbox_packages WHERE id = ?',
  ).get(packageId) as AnswerPackageDbRow | undefined) ?? null;
}

export function selectAnsweredProposals(db: Db, packageId: number): AnsweredProposalDbRow[] {
  return prepared(db, 'SELECT id, no, nik, name, dinsos_status, dinsos_note FROM city_proposals WHERE package_id = ? ORDER BY no').all(packageId) as AnsweredProposalDbRow[];
}

export function countAnswersSentOn(db: Db, kelurahanCode: string, day: string): number {
  return prepared(
    db,
    `SELECT count(*) FROM answers_sent a JOIN inbox_packages p ON p.id = a.package_id WHERE p.kelurahan_code = ? AND substr(a.issued_at, 1, 10) = ?`,
  ).pluck().get(kelurahanCode, day) as number;
}

export function insertAnswerSent(db: Db, row: { package_id: number; file_name: string; sha256: string; issued_at: string; made_by: string }): number {
  return Number(prepared(db, 'INSERT INTO answers_sent (package_id, file_name, sha256, issued_at, made_by) VALUES (@package_id, @file_name, @sha256, @issued_at, @made_by)').run(row).lastInsertRowid);
}

export function selectDinsosKey(db: Db): { key_id: string; public_key: string } | null {
  return (prepared(db, 'SELECT key_id, public_key FROM dinsos_key WHERE id = 1').get() as { key_id: string; public_key: string } | undefined) ?? null;
}

export function upsertDinsosKey(db: Db, keyId: string, publicKey: string, now: string): void {
  prepared(
    db,
    `INSERT INTO dinsos_key (id, key_id, public_key, set_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, public_key = excluded.public_key, set_at = excluded.set_at`,
  ).run(keyId, publicKey, now);
}

export function selectReceivedBySha(db: Db, sha256: string): ReceivedAnswerDbRow | null {
  return (prepared(db, 'SELECT sha256, file_name, meeting_id, issued_at, imported_at, imported_by FROM answers_received WHERE sha256 = ?').get(sha256) as ReceivedAnswerDbRow | undefined) ?? null;
}

/** The newest answer opened about a meeting. */
export function selectNewestAnswer(db: Db, meetingId: number): ReceivedAnswerDbRow | null {
  return (prepared(db, 'SELECT sha256, file_name, meeting_id, issued_at, imported_at, imported_by FROM answers_received WHERE meeting_id = ? ORDER BY issued_at DESC LIMIT 1')
    .get(meetingId) as ReceivedAnswerDbRow | undefined) ?? null;
}

/** Every answer opened here, the latest first. */
export function selectReceivedAnswers(db: Db): ReceivedAnswerListDbRow[] {
  return prepared(
    db,
    `SELECT a.id, a.sha256, a.file_name, a.meeting_id, m.date AS meeting_date, m.letter_number, a.issued_at, a.imported_at, a.imported_by
     FROM answers_received a JOIN meetings m ON m.id = a.meeting_id ORDER BY a.imported_at DESC, a.id DESC`,
  ).all() as ReceivedAnswerListDbRow[];
}

export function insertAnswerReceived(db: Db, row: ReceivedAnswerDbRow): number {
  return Number(
    prepared(db, 'INSERT INTO answers_received (sha256, file_name, meeting_id, issued_at, imported_at, imported_by) VALUES (@sha256, @file_name, @meeting_id, @issued_at, @imported_at, @imported_by)')
      .run(row).lastInsertRowid,
  );
}

export function upsertProposalAnswer(db: Db, proposalId: number, answerId: number, status: string, note: string): void {
  prepared(
    db,
    `INSERT INTO proposal_answers (proposal_id, answer_id, status, note) VALUES (?, ?, ?, ?)
     ON CONFLICT (proposal_id) DO UPDATE SET answer_id = excluded.answer_id, status = excluded.status, note = excluded.note`,
  ).run(proposalId, answerId, status, note);
}

/** The SHA-256 of every package exported for a meeting. */
export function selectExportDigests(db: Db, meetingId: number): string[] {
  return prepared(db, 'SELECT sha256 FROM exports WHERE meeting_id = ?').pluck().all(meetingId) as string[];
}

/** Proposals of packages in force that Dinsos accepted (directly or after a groundcheck), for the SIKS-NG sheets. */
export function selectAcceptedProposals(db: Db): SiksNgDbRow[] {
  return prepared(
    db,
    `SELECT c.kind, c.nik, c.no_kk, c.name, c.address, c.rt, c.rw, c.kelurahan_code, p.kelurahan_name, p.kecamatan_name, c.desil, c.programs,
       c.dinsos_status, c.dinsos_note
     FROM city_proposals c JOIN inbox_packages p ON p.id = c.package_id
     WHERE p.replaced_at IS NULL AND c.dinsos_status IN ('DITERIMA', 'GROUNDCHECK_LAYAK')
     ORDER BY c.kind, c.kelurahan_code, p.meeting_date, c.no`,
  ).all() as SiksNgDbRow[];
}
