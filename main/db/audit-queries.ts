import type { AuditDbRow, NewAuditDbRow } from './audit-mapping';
import type { AuditScope } from '../../shared/audit/schema';
import type { Db } from './open';

export function selectAuditEntry(db: Db, id: number): AuditDbRow | null {
  return (db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as AuditDbRow | undefined) ?? null;
}

export function selectAuditHead(db: Db): { id: number; hash: string } | null {
  return (db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined) ?? null;
}

export function lastAuditHash(db: Db): string | null {
  return (db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

export function insertAudit(db: Db, row: NewAuditDbRow): number {
  const result = db
    .prepare(
      `INSERT INTO audit_log (at, operator, action, entity, entity_id, meeting_id, household_id, before, after, prev_hash, hash)
       VALUES (@at, @operator, @action, @entity, @entity_id, @meeting_id, @household_id, @before, @after, @prev_hash, @hash)`,
    )
    .run(row);
  return Number(result.lastInsertRowid);
}

export function* iterateAudit(db: Db): Generator<AuditDbRow> {
  yield* db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditDbRow>;
}

export function selectAuditFor(db: Db, scope: AuditScope, limit: number): AuditDbRow[] {
  if ('cityProposalId' in scope) {
    return db
      .prepare("SELECT * FROM audit_log WHERE entity IN ('USULAN', 'GROUNDCHECK') AND entity_id = ? ORDER BY id DESC LIMIT ?")
      .all(scope.cityProposalId, limit) as AuditDbRow[];
  }
  if ('meetingId' in scope) {
    return db.prepare('SELECT * FROM audit_log WHERE meeting_id = ? ORDER BY id DESC LIMIT ?').all(scope.meetingId, limit) as AuditDbRow[];
  }
  return db.prepare('SELECT * FROM audit_log WHERE household_id = ? ORDER BY id DESC LIMIT ?').all(scope.householdId, limit) as AuditDbRow[];
}

export function selectOperators(db: Db, except: string): string[] {
  return db.prepare('SELECT operator FROM audit_log WHERE operator != ? GROUP BY operator ORDER BY max(id) DESC LIMIT 20').pluck().all(except) as string[];
}
