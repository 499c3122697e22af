import { z } from 'zod';

export const PassphraseSchema = z.string().min(1, 'Frasa sandi wajib diisi').max(200);

export const AgeRecipientSchema = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'Kunci penerima age harus diawali "age1" (62 karakter)');

export const RecipientSchema = z.object({ recipient: z.string(), label: z.string() });

/** The kelurahan's signing key (minisign) and the age recipients its packages are encrypted to. */
export const KeyInfoSchema = z.object({
  keyId: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
  ownRecipient: z.string(),
  dinsosRecipients: z.array(RecipientSchema),
});
export type KeyInfo = z.infer<typeof KeyInfoSchema>;
