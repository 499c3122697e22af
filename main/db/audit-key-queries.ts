import type { AuditKeyDbRow } from './audit-key-mapping';
import type { Db } from './open';

export function selectAuditKeys(db: Db, householdIds: readonly number[]): AuditKeyDbRow[] {
  if (householdIds.length === 0) return [];
  return db
    .prepare('SELECT household_id, key FROM household_audit_keys WHERE household_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(householdIds)])) as AuditKeyDbRow[];
}

export function insertAuditKey(db: Db, row: AuditKeyDbRow): void {
  db.prepare('INSERT INTO household_audit_keys (household_id, key) VALUES (@household_id, @key)').run(row);
}

/** Overwrites the key before deleting its row, so the freed space of the page does not keep it. */
export function destroyAuditKey(db: Db, householdId: number): void {
  db.prepare('UPDATE household_audit_keys SET key = zeroblob(32) WHERE household_id = ?').run(householdId);
  db.prepare('DELETE FROM household_audit_keys WHERE household_id = ?').run(householdId);
}
