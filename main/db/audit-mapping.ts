import { AuditEntrySchema } from '../../shared/audit/schema';
import type { AuditAction, AuditEntity, AuditEntry } from '../../shared/audit/schema';

/** Stored as written: the hash chain covers these exact columns, so audit verification reads rows, not entries. */
export interface AuditDbRow {
  id: number;
  at: string;
  operator: string;
  action: AuditAction;
  entity: AuditEntity;
  entity_id: number | null;
  meeting_id: number | null;
  household_id: number | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export type NewAuditDbRow = Omit<AuditDbRow, 'id'>;

export function auditEntryFromDb(row: AuditDbRow): AuditEntry {
  return AuditEntrySchema.parse({
    id: row.id,
    at: row.at,
    operator: row.operator,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  });
}
