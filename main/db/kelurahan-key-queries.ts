import type { Db } from './open';
import type { KelurahanKeyDbRow } from './kelurahan-key-mapping';
import { prepared } from './prepared';

/** The key in force for each kelurahan, by kelurahan code. */
export function selectKeysInForce(db: Db): KelurahanKeyDbRow[] {
  return prepared(db, 'SELECT kelurahan_code, key_id, public_key, trusted_at, trusted_by FROM kelurahan_keys WHERE replaced_at IS NULL ORDER BY kelurahan_code').all() as KelurahanKeyDbRow[];
}

export function selectKeyInForce(db: Db, kelurahanCode: string): KelurahanKeyDbRow | null {
  return (prepared(db, 'SELECT kelurahan_code, key_id, public_key, trusted_at, trusted_by FROM kelurahan_keys WHERE kelurahan_code = ? AND replaced_at IS NULL')
    .get(kelurahanCode) as KelurahanKeyDbRow | undefined) ?? null;
}

export function replaceKeyInForce(db: Db, kelurahanCode: string, now: string): void {
  prepared(db, 'UPDATE kelurahan_keys SET replaced_at = ? WHERE kelurahan_code = ? AND replaced_at IS NULL').run(now, kelurahanCode);
}

export function insertKelurahanKey(db: Db, row: KelurahanKeyDbRow): void {
  prepared(db, 'INSERT INTO kelurahan_keys (kelurahan_code, key_id, public_key, trusted_at, trusted_by) VALUES (@kelurahan_code, @key_id, @public_key, @trusted_at, @trusted_by)').run(row);
}
