import { z } from 'zod';
import { BackupSummarySchema } from '../backup/schema';
import { NewPassphraseSchema, RecoveryCodeSchema, UnlockInputSchema, VaultStatusSchema } from '../vault/schema';
import { FolderPathSchema, Nothing } from './common-schemas';

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
  /** Backups in the folder's cadangan/, or in `folder` (a flash disk); listed even while locked or damaged. */
  'vault.backups': { input: z.object({ folder: FolderPathSchema.optional() }), output: z.array(BackupSummarySchema) },
  /** Verifies a backup completely, keeps the current data, then swaps it in; the folder is open afterwards. */
  'vault.restore': {
    input: z.object({ file: FolderPathSchema, secret: UnlockInputSchema.nullable().default(null), confirmOtherKelurahan: z.boolean().default(false) }),
    output: BackupSummarySchema,
  },
} as const;
