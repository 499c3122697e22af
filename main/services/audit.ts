import { createHash } from 'node:crypto';
import { AUDIT_HEAD } from '../../shared/audit/schema';
import type { AuditAction, AuditEntity, AuditEntry, AuditScope, AuditVerdict } from '../../shared/audit/schema';
import { insertAudit, iterateAudit, lastAuditHash, selectAuditEntry, selectAuditFor, selectAuditHead, selectOperators } from '../db/audit-queries';
import { auditEntryFromDb } from '../db/audit-mapping';
import type { NewAuditDbRow } from '../db/audit-mapping';
import { writeTransaction } from '../db/write-transaction';
import { AppError } from './app-error';
import { openAuditRows, storedSide } from './audit-privacy';
import type { AuditRowHead } from './audit-privacy';
import type { ServiceContext } from './context';
import { requireDinsosOffice } from './office';

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

/** Appends one entry, a household's personal fields sealed under its key; call inside the transaction of the change it records. */
export function record(ctx: ServiceContext, event: AuditEvent): void {
  const head: AuditRowHead = {
    at: ctx.now().toISOString(),
    operator: requireOperator(ctx),
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    meeting_id: event.meetingId ?? null,
    household_id: event.householdId ?? null,
    prev_hash: lastAuditHash(ctx.db) ?? GENESIS_HASH,
  };
  const row = { ...head, before: storedSide(ctx.db, head, 'before', event.before), after: storedSide(ctx.db, head, 'after', event.after) };
  insertAudit(ctx.db, { ...row, hash: hashOf(row) });
}

export interface AuditHead {
  entries: number;
  hash: string;
}

/** How long the chain is now and where it ends; "0:000…" for an empty one. */
export function auditHead(ctx: ServiceContext): AuditHead {
  const head = selectAuditHead(ctx.db);
  return head ? { entries: head.id, hash: head.hash } : { entries: 0, hash: GENESIS_HASH };
}

export const formatAuditHead = (head: AuditHead, hexDigits = 64) => `${String(head.entries)}:${head.hash.slice(0, hexDigits)}`;

/** A head recorded earlier (on paper or in a package) must still be in the chain: the entry, with that hash. */
function checkExpectedHead(ctx: Pick<ServiceContext, 'db'>, expected: string, entries: number): AuditVerdict | null {
  const [, countText, hashPrefix] = AUDIT_HEAD.exec(expected) ?? [];
  const count = Number(countText);
  if (count === 0) return null;
  const row = selectAuditEntry(ctx.db, count);
  if (!row) {
    return { entries, ok: false, firstBroken: count, problem: `Catatan audit pernah mencapai ${String(count)} catatan, kini tinggal ${String(entries)}: catatan terakhir telah dihapus.` };
  }
  if (!row.hash.startsWith((hashPrefix ?? '').toLowerCase())) {
    return { entries, ok: false, firstBroken: count, problem: `Catatan audit nomor ${String(count)} tidak sama dengan kepala yang tercatat (${expected}): rantai telah ditulis ulang.` };
  }
  return null;
}

/** Who a lock change is recorded under when no operator has been chosen yet; never offered as an operator. */
export const FOLDER_OPERATOR = 'Pembuka folder data';

/** A change to the folder's lock, recorded even before anyone chose an operator name. */
export function recordVaultEvent(ctx: ServiceContext, what: string): void {
  const operator = ctx.session.operator;
  ctx.session.operator ??= FOLDER_OPERATOR;
  try {
    writeTransaction(ctx.db, () => record(ctx, { action: 'UBAH', entity: 'FOLDER_DATA', entityId: null, after: { perubahan: what, pintu: ctx.mode } }));
  } finally {
    ctx.session.operator = operator;
  }
}

/** Walks the whole chain; the first entry whose hash or link does not hold is named. With `expectHead`, also checks nothing was cut from its end. */
export function verifyAudit(ctx: Pick<ServiceContext, 'db'>, expectHead?: string): AuditVerdict {
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
  return (expectHead ? checkExpectedHead(ctx, expectHead, entries) : null) ?? { entries, ok: true, firstBroken: null, problem: null };
}

const entriesFor = (ctx: ServiceContext, scope: AuditScope): AuditEntry[] => openAuditRows(ctx.db, selectAuditFor(ctx.db, scope, 500)).map(auditEntryFromDb);

export function history(ctx: ServiceContext, scope: { meetingId: number } | { householdId: number }): AuditEntry[] {
  return entriesFor(ctx, scope);
}

/** Who answered, assigned or groundchecked one proposal of the city register (a Dinsos folder only: elsewhere the ids name the kelurahan's own proposals). */
export async function cityProposalHistory(ctx: ServiceContext, cityProposalId: number): Promise<AuditEntry[]> {
  await requireDinsosOffice(ctx);
  return entriesFor(ctx, { cityProposalId });
}

export function knownOperators(ctx: ServiceContext): string[] {
  return selectOperators(ctx.db, FOLDER_OPERATOR);
}
