import { z } from 'zod';
import { AgeRecipientSchema, PassphraseSchema } from './keys-schema';

export const ExportRequestSchema = z.object({
  meetingId: z.number().int().positive(),
  passphrase: PassphraseSchema,
  /** Extra age recipients beside Dinsos' registered one and the office's own. */
  recipients: z.array(AgeRecipientSchema).max(10),
  encrypt: z.boolean(),
  /** Must be true to write personal data without encryption. */
  acknowledgeUnencrypted: z.boolean(),
});

export const ExportResultSchema = z.object({
  fileName: z.string(), path: z.string(), sha256: z.string(), size: z.number().int(), keyId: z.string(), encrypted: z.boolean(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** A package already made from a meeting ("Terkirim"). */
export const SentPackageSchema = z.object({ fileName: z.string(), sha256: z.string(), keyId: z.string(), encrypted: z.boolean(), createdAt: z.string() });
export type SentPackage = z.infer<typeof SentPackageSchema>;

/** An export running in the background; `done` counts finished steps (fractional while packing). */
export const JobSchema = z.object({
  id: z.string(),
  step: z.string(),
  done: z.number().min(0),
  total: z.number().int(),
  result: ExportResultSchema.nullable(),
  error: z.string().nullable(),
  cancelled: z.boolean(),
});
export type Job = z.infer<typeof JobSchema>;
