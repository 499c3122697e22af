import type { RecipientSchema } from '../../shared/package/keys-schema';
import type { z } from 'zod';

export interface SigningKeyDbRow {
  id: number;
  key_id: string;
  public_key: string;
  /** minisign's encrypted secret key file (scrypt-sealed with the passphrase). */
  secret_key: string;
  own_recipient: string;
  /** The office's own age identity, sealed with the same passphrase (base64 of an age file). */
  own_identity: string;
  created_at: string;
}

export interface RecipientDbRow {
  recipient: string;
  label: string;
}

/** The kelurahan's active signing key with its sealed secrets, as the services use it. */
export interface SigningKey {
  keyId: string;
  publicKey: string;
  sealedSecretKey: string;
  ownRecipient: string;
  sealedOwnIdentity: string;
  createdAt: string;
}

export function signingKeyFromDb(row: SigningKeyDbRow): SigningKey {
  return {
    keyId: row.key_id, publicKey: row.public_key, sealedSecretKey: row.secret_key, ownRecipient: row.own_recipient,
    sealedOwnIdentity: row.own_identity, createdAt: row.created_at,
  };
}

export function signingKeyToDb(key: SigningKey): Omit<SigningKeyDbRow, 'id'> {
  return {
    key_id: key.keyId, public_key: key.publicKey, secret_key: key.sealedSecretKey, own_recipient: key.ownRecipient,
    own_identity: key.sealedOwnIdentity, created_at: key.createdAt,
  };
}

export function recipientFromDb(row: RecipientDbRow): z.infer<typeof RecipientSchema> {
  return { recipient: row.recipient, label: row.label };
}
