import { z } from 'zod';
import { PassphraseSchema } from '../package/keys-schema';

const KelurahanCode = z.string().regex(/^\d{10}$/, 'Kode kelurahan harus 10 digit, misalnya 3573051004');

/** A kelurahan's minisign key Dinsos trusts: packages signed by it are that kelurahan's. */
export const TrustedKeySchema = z.object({
  kelurahanCode: z.string(),
  kelurahanName: z.string(),
  keyId: z.string(),
  trustedAt: z.string(),
  trustedBy: z.string(),
});
export type TrustedKey = z.infer<typeof TrustedKeySchema>;

export const TrustKeyInputSchema = z.object({
  kelurahanCode: KelurahanCode,
  publicKey: z.string().min(1, 'Isi berkas kunci publik (.pub) wajib ada').max(2000, 'Berkas kunci publik terlalu panjang'),
  /** Replacing the key a kelurahan already has must be confirmed (and is audited). */
  replace: z.boolean(),
});
export type TrustKeyInput = z.infer<typeof TrustKeyInputSchema>;

/** One package in the inbox. */
export const InboxPackageSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  bagName: z.string(),
  kelurahanCode: z.string(),
  kelurahanName: z.string(),
  kecamatanName: z.string(),
  meetingDate: z.string(),
  letterNumber: z.string(),
  signerKeyId: z.string(),
  proposals: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  replacedAt: z.string().nullable(),
  /** Answer packages built for it, and when the latest was. */
  answersSent: z.number().int(),
  lastAnswerAt: z.string().nullable(),
});
export type InboxPackage = z.infer<typeof InboxPackageSchema>;

/** A package left out, with every reason; `unknownKey` when only trusting its signer's key is missing. */
export const RefusedPackageSchema = z.object({
  file: z.string(),
  problems: z.array(z.string()),
  unknownKey: z.object({ keyId: z.string(), kelurahanCode: z.string(), kelurahanName: z.string() }).nullable(),
});
export type RefusedPackage = z.infer<typeof RefusedPackageSchema>;

export const InboxAddResultSchema = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  replaced: z.number().int(),
  refused: z.array(RefusedPackageSchema),
  /** Files never opened because the officer cancelled; every package before them is imported or refused whole. */
  notProcessed: z.array(z.string()),
});
export type InboxAddResult = z.infer<typeof InboxAddResultSchema>;

export const InboxAddRequestSchema = z.object({
  uploads: z.array(z.object({ uploadId: z.string().max(64), fileName: z.string().min(1).max(200) })).min(1, 'Pilih paling sedikit satu paket').max(200, 'Paling banyak 200 paket sekaligus'),
  /** Opens Dinsos' age identity, sealed with the key passphrase. */
  passphrase: PassphraseSchema,
  /** Replace a package already imported for the same meeting (audited). */
  replace: z.boolean(),
});
export type InboxAddRequest = z.infer<typeof InboxAddRequestSchema>;

export const InboxJobSchema = z.object({
  id: z.string(),
  step: z.string(),
  done: z.number(),
  total: z.number(),
  result: InboxAddResultSchema.nullable(),
  error: z.string().nullable(),
  cancelled: z.boolean(),
});
export type InboxJob = z.infer<typeof InboxJobSchema>;
