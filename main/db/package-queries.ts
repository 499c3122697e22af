import type { Db } from './open';

export interface SigningKeyDbRow {
  id: number;
  key_id: string;
  public_key: string;
  secret_key: string;
  own_recipient: string;
  own_identity: string;
  created_at: string;
}

export function selectActiveKey(db: Db): SigningKeyDbRow | null {
  return (db.prepare('SELECT * FROM signing_keys WHERE retired_at IS NULL').get() as SigningKeyDbRow | undefined) ?? null;
}

export function retireKeys(db: Db, now: string): void {
  db.prepare('UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL').run(now);
}

export function insertKey(db: Db, row: Omit<SigningKeyDbRow, 'id'>): void {
  db.prepare(
    `INSERT INTO signing_keys (key_id, public_key, secret_key, own_recipient, own_identity, created_at)
     VALUES (@key_id, @public_key, @secret_key, @own_recipient, @own_identity, @created_at)`,
  ).run(row);
}

export function selectRecipients(db: Db): { recipient: string; label: string }[] {
  return db.prepare('SELECT recipient, label FROM recipients WHERE retired_at IS NULL ORDER BY id').all() as { recipient: string; label: string }[];
}

export function replaceRecipient(db: Db, recipient: string, label: string, now: string): void {
  db.prepare('UPDATE recipients SET retired_at = ? WHERE retired_at IS NULL').run(now);
  db.prepare('INSERT INTO recipients (recipient, label, created_at) VALUES (?, ?, ?)').run(recipient, label, now);
}

export interface ExportDbRow {
  id: number;
  meeting_id: number;
  file_name: string;
  sha256: string;
  size: number;
  key_id: string;
  encrypted: number;
  recipients: string;
  created_at: string;
}

export function insertExport(db: Db, row: Omit<ExportDbRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO exports (meeting_id, file_name, sha256, size, key_id, encrypted, recipients, created_at)
         VALUES (@meeting_id, @file_name, @sha256, @size, @key_id, @encrypted, @recipients, @created_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function selectExports(db: Db, meetingId: number): ExportDbRow[] {
  return db.prepare('SELECT * FROM exports WHERE meeting_id = ? ORDER BY id DESC').all(meetingId) as ExportDbRow[];
}

export function countExportsOn(db: Db, datePrefix: string): number {
  return db.prepare("SELECT count(*) FROM exports WHERE substr(file_name, 19, 8) = ?").pluck().get(datePrefix.replaceAll('-', '')) as number;
}
