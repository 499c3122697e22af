import type { EvidenceDbRow, NewEvidenceDbRow } from './evidence-mapping';
import type { Db } from './open';

export function insertEvidence(db: Db, row: NewEvidenceDbRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO evidence (proposal_id, kind, file_name, sha256, mime, size, created_at)
       VALUES (@proposal_id, @kind, @file_name, @sha256, @mime, @size, @now)`,
    )
    .run({ ...row, now });
  return Number(result.lastInsertRowid);
}

export function selectEvidence(db: Db, id: number): EvidenceDbRow | null {
  return (db.prepare('SELECT id, proposal_id, kind, file_name, sha256, mime, size FROM evidence WHERE id = ?').get(id) as EvidenceDbRow | undefined) ?? null;
}

export function selectEvidenceFor(db: Db, proposalIds: readonly number[]): EvidenceDbRow[] {
  if (proposalIds.length === 0) return [];
  return db
    .prepare('SELECT id, proposal_id, kind, file_name, sha256, mime, size FROM evidence WHERE proposal_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(proposalIds)) as EvidenceDbRow[];
}

export function deleteEvidence(db: Db, id: number): void {
  db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
}
