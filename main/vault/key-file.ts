import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../app/atomic-write';

export const KEY_FILE_NAME = 'kunci-data.json';

const WrappedSchema = z.object({ nonce: z.string(), sealed: z.string() });

/** The data key, wrapped three ways; the key itself is never stored. */
export const KeyFileSchema = z.object({
  format: z.literal('muskel-kunci-data'),
  version: z.literal(1),
  passphrase: WrappedSchema.extend({ salt: z.string(), N: z.number().int(), r: z.number().int(), p: z.number().int() }),
  recovery: WrappedSchema.extend({ salt: z.string() }),
  /** Sealed by the operating system's key store (DPAPI on Windows) for this user on this PC; never in backups. */
  os: z.object({ sealed: z.string() }).nullable(),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

/** Written before an existing plaintext folder's database is swapped for its encrypted copy, renamed after. */
export function pendingKeyFilePath(dataDir: string): string {
  return join(dataDir, `${KEY_FILE_NAME}.baru`);
}

export function readKeyFile(dataDir: string): KeyFile | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  return KeyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeKeyFile(dataDir: string, file: KeyFile, path = keyFilePath(dataDir)): void {
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
}
