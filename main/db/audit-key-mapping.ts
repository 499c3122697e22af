/** A household's key for the personal fields of its audit entries (32 random bytes, AES-256-GCM). */
export interface AuditKeyDbRow {
  household_id: number;
  key: Buffer;
}

export function auditKeysFromDb(rows: readonly AuditKeyDbRow[]): Map<number, Buffer> {
  return new Map(rows.map((r) => [r.household_id, r.key]));
}
