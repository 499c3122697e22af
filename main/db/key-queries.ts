import type { RecipientDbRow, SigningKeyDbRow } from './key-mapping';
import type { Db } from './open';

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

export function selectRecipients(db: Db): RecipientDbRow[] {
  return db.prepare('SELECT recipient, label FROM recipients WHERE retired_at IS NULL ORDER BY id').all() as RecipientDbRow[];
}

export function replaceRecipient(db: Db, recipient: string, label: string, now: string): void {
  db.prepare('UPDATE recipients SET retired_at = ? WHERE retired_at IS NULL').run(now);
  db.prepare('INSERT INTO recipients (recipient, label, created_at) VALUES (?, ?, ?)').run(recipient, label, now);
}
