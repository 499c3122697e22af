import { scrypt } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** About half a second and 128 MB on an office PC: costly to guess, quick enough to type once a day. */
const OFFICE_COST: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
let cost = OFFICE_COST;

export function kdfCost(): ScryptParams {
  return cost;
}

/**
 * Tests only (called from test setup files, never from the UI, a flag or the environment): new key files
 * get a cheap cost so the suite stays fast. Opening a file always uses the cost written in it.
 */
export function useTestKdfCost(): void {
  cost = { N: 2 ** 10, r: 8, p: 1 };
}

export function scryptKey(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
