import { z } from 'zod';

export const VAULT_STATES = ['NEW', 'PLAINTEXT', 'LOCKED', 'DAMAGED', 'OPEN'] as const;

export const VaultStatusSchema = z.object({
  /** NEW: no data yet; PLAINTEXT: data from before encryption; LOCKED: encrypted, waiting for the key; DAMAGED: failed its check, restore only; OPEN. */
  state: z.enum(VAULT_STATES),
  /** Why the database was refused, in state DAMAGED. */
  problem: z.string().nullable(),
  /** The operating system can keep the key for this user on this PC (the desktop app). */
  osKeyStoreAvailable: z.boolean(),
  rememberedOnThisComputer: z.boolean(),
});
export type VaultStatus = z.infer<typeof VaultStatusSchema>;

const passphrase = z.string().min(1, 'Frasa sandi wajib diisi').max(200, 'Frasa sandi paling panjang 200 karakter');

export const NewPassphraseSchema = z.string().min(10, 'Frasa sandi folder data paling sedikit 10 karakter').max(200, 'Frasa sandi paling panjang 200 karakter');

export const UnlockInputSchema = z.union([
  z.object({ passphrase }).strict(),
  z.object({ recoveryCode: z.string().trim().min(1, 'Kode pemulihan wajib diisi').max(80, 'Kode pemulihan terlalu panjang') }).strict(),
]);

export const RecoveryCodeSchema = z.object({ recoveryCode: z.string() });
