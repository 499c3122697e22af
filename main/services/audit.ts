import { createHash } from 'node:crypto';
import type { AuditAction, AuditEntity, AuditEntry, AuditVerdict } from '../../shared/audit/schema';
import { insertAudit, iterateAudit, lastAuditHash, selectAuditFor, selectOperators } from '../db/audit-queries';
import { auditEntryFromDb } from '../db/audit-mapping';
import type { NewAuditDbRow } from '../db/audit-mapping';
import { AppError } from './app-error';
import type { ServiceContext } from './context';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  action: AuditAction;
  entity: AuditEntity;
  entityId: number | null;
  meetingId?: number | null;
  householdId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** The hash covers every stored column but the id, and the previous entry's hash. */
function hashOf(row: Omit<NewAuditDbRow, 'hash'>): string {
  const fields = [row.prev_hash, row.at, row.operator, row.action, row.entity, row.entity_id, row.meeting_id, row.household_id, row.before, row.after];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function requireOperator(ctx: ServiceContext): string {
  const operator = ctx.session.operator;
  if (!operator) throw new AppError('NOT_CONFIGURED', 'Pilih nama operator terlebih dahulu: setiap perubahan dicatat atas nama operator.');
  return operator;
}

/** Appends one entry; call inside the transaction of the change it records. */
export function record(ctx: ServiceContext, event: AuditEvent): void {
  const row = {
    at: ctx.now().toISOString(),
    operator: requireOperator(ctx),
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    meeting_id: event.meetingId ?? null,
    household_id: event.householdId ?? null,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
    prev_hash: lastAuditHash(ctx.db) ?? GENESIS_HASH,
  };
  insertAudit(ctx.db, { ...row, hash: hashOf(row) });
}

/** Walks the whole chain; the first entry whose hash or link does not hold is named. */
export function verifyAudit(ctx: ServiceContext): AuditVerdict {
  let previous = GENESIS_HASH;
  let previousId = 0;
  let entries = 0;
  for (const row of iterateAudit(ctx.db)) {
    entries++;
    const { hash, id: _id, ...rest } = row;
    let problem: string | null = null;
    if (row.id !== previousId + 1) problem = `catatan sebelum nomor ${row.id} hilang (nomor ${previousId + 1} tidak ada)`;
    else if (row.prev_hash !== previous) problem = 'tautan ke catatan sebelumnya tidak cocok';
    else if (hashOf(rest) !== hash) problem = 'isi catatan telah diubah setelah ditulis';
    if (problem) return { entries, ok: false, firstBroken: row.id, problem: `Catatan audit nomor ${row.id} rusak: ${problem}.` };
    previous = hash;
    previousId = row.id;
  }
  return { entries, ok: true, firstBroken: null, problem: null };
}

export function history(ctx: ServiceContext, scope: { meetingId?: number; householdId?: number }): AuditEntry[] {
  return selectAuditFor(ctx.db, scope, 500).map(auditEntryFromDb);
}

export function knownOperators(ctx: ServiceContext): string[] {
  return selectOperators(ctx.db);
}
