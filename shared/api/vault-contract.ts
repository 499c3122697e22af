import { z } from 'zod';
import { NewPassphraseSchema, RecoveryCodeSchema, UnlockInputSchema, VaultStatusSchema } from '../vault/schema';
import { Nothing } from './common-schemas';

/**
 * The app and the lock on its data folder: the only channels that answer while the folder is locked
 * (main/api/folder-dispatch.ts). Every other channel needs the folder open.
 */
export const vaultContract = {
  'app.info': {
    input: Nothing,
    output: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'cli']) }),
  },
  'vault.status': { input: Nothing, output: VaultStatusSchema },
  'vault.setup': { input: z.object({ passphrase: NewPassphraseSchema, remember: z.boolean() }), output: RecoveryCodeSchema },
  'vault.encryptExisting': { input: z.object({ passphrase: NewPassphraseSchema, remember: z.boolean() }), output: RecoveryCodeSchema },
  'vault.unlock': { input: UnlockInputSchema, output: VaultStatusSchema },
  'vault.changePassphrase': { input: z.object({ current: z.string().max(200), next: NewPassphraseSchema }), output: RecoveryCodeSchema },
  'vault.remember': { input: z.object({ remember: z.boolean() }), output: VaultStatusSchema },
} as const;
