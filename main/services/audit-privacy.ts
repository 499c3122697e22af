import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ERASED_PERSONAL_DATA } from '../../shared/audit/schema';
import type { AuditEntity } from '../../shared/audit/schema';
import { auditKeysFromDb } from '../db/audit-key-mapping';
import { insertAuditKey, selectAuditKeys } from '../db/audit-key-queries';
import type { AuditDbRow, NewAuditDbRow } from '../db/audit-mapping';
import type { Db } from '../db/open';
import { openSealed, seal } from './audit-seal';

/**
 * Crypto-shredding of the audit trail. The fields of an entry's before/after that describe a household's
 * people are stored sealed under that household's own key; the hash chain covers the sealed text, so it
 * verifies without any key. Deleting the household destroys the key: the fields are then gone for good,
 * while the entry, its other fields and the chain stay. See docs/architecture.md.
 */
const PERSONAL_FIELDS: Partial<Record<AuditEntity, readonly string[]>> = {
  KELUARGA: ['noKk', 'address', 'members'],
  USULAN: ['reason', 'note'],
  LAMPIRAN: ['file_name'],
};

/** The member of a stored before/after that holds the sealed fields: their names, and the sealed JSON of their values. */
const SEALED = 'rahasia';
const SealedSchema = z.object({ kolom: z.array(z.string()).min(1), sandi: z.string() });

type Side = 'before' | 'after';
/** The entry but for its before, after and hash: what each sealed part is bound to. */
export type AuditRowHead = Omit<NewAuditDbRow, 'before' | 'after' | 'hash'>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function associatedData(head: AuditRowHead, side: Side): string {
  return JSON.stringify(['muskel audit rahasia 1', head.prev_hash, head.at, head.operator, head.action, head.entity, head.entity_id, head.meeting_id, head.household_id, side]);
}

/** The household's key, made on the first entry that needs it. */
function householdKey(db: Db, householdId: number): Buffer {
  const found = auditKeysFromDb(selectAuditKeys(db, [householdId])).get(householdId);
  if (found) return found;
  const key = randomBytes(32);
  insertAuditKey(db, { household_id: householdId, key });
  return key;
}

/** A before/after as the log stores it: JSON, with the household's personal fields sealed under its key. */
export function storedSide(db: Db, head: AuditRowHead, side: Side, value: unknown): string | null {
  if (value === undefined) return null;
  if (head.household_id === null || !isRecord(value)) return JSON.stringify(value);
  const fields = (PERSONAL_FIELDS[head.entity] ?? []).filter((field) => field in value);
  if (fields.length === 0) return JSON.stringify(value);
  const entries = Object.entries(value);
  const clear = Object.fromEntries(entries.filter(([name]) => !fields.includes(name)));
  const personal = Object.fromEntries(entries.filter(([name]) => fields.includes(name)));
  const sandi = seal(householdKey(db, head.household_id), JSON.stringify(personal), associatedData(head, side));
  return JSON.stringify({ ...clear, [SEALED]: { kolom: fields, sandi } });
}

/** A stored before/after as the history shows it: sealed fields opened, or marked erased when the key is gone. */
function shownSide(stored: string | null, key: Buffer | undefined, head: AuditRowHead, side: Side): string | null {
  if (stored === null) return null;
  const value: unknown = JSON.parse(stored);
  if (!isRecord(value)) return stored;
  const sealed = SealedSchema.safeParse(value[SEALED]);
  if (!sealed.success) return stored;
  const { [SEALED]: _sealed, ...clear } = value;
  const opened = key ? openSealed(key, sealed.data.sandi, associatedData(head, side)) : null;
  const personal: unknown = opened === null ? null : JSON.parse(opened);
  const shown = isRecord(personal) ? personal : Object.fromEntries(sealed.data.kolom.map((field) => [field, ERASED_PERSONAL_DATA]));
  return JSON.stringify({ ...clear, ...shown });
}

/** Entries read for the history, with their households' keys loaded in one statement. */
export function openAuditRows(db: Db, rows: readonly AuditDbRow[]): AuditDbRow[] {
  const keys = auditKeysFromDb(selectAuditKeys(db, rows.flatMap((r) => (r.household_id === null ? [] : [r.household_id]))));
  return rows.map((row) => {
    const key = row.household_id === null ? undefined : keys.get(row.household_id);
    return { ...row, before: shownSide(row.before, key, row, 'before'), after: shownSide(row.after, key, row, 'after') };
  });
}
