import { z } from 'zod';

const id = z.number().int().positive();
const Nothing = z.object({}).strict();
const Passphrase = z.string().min(1, 'Frasa sandi wajib diisi').max(200);
const Recipients = z.array(z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'Kunci penerima age harus diawali "age1" (62 karakter)')).max(10);

export const KeyInfoSchema = z.object({
  keyId: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
  ownRecipient: z.string(),
  dinsosRecipients: z.array(z.object({ recipient: z.string(), label: z.string() })),
});

export const ExportResultSchema = z.object({
  fileName: z.string(), path: z.string(), sha256: z.string(), size: z.number().int(), keyId: z.string(), encrypted: z.boolean(),
});

export const ExportRequestSchema = z.object({
  meetingId: id,
  passphrase: Passphrase,
  recipients: Recipients,
  encrypt: z.boolean(),
  acknowledgeUnencrypted: z.boolean(),
});

export const JobSchema = z.object({
  id: z.string(),
  step: z.string(),
  done: z.number().min(0),
  total: z.number().int(),
  result: ExportResultSchema.nullable(),
  error: z.string().nullable(),
});

export const ProblemSchema = z.object({ code: z.string(), message: z.string() });

export const VerdictSchema = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  bagName: z.string().nullable(),
  problems: z.array(ProblemSchema),
  signer: z.object({ keyId: z.string(), trustedComment: z.string() }).nullable(),
  proposals: z.array(z.object({ no: z.number(), nik: z.string(), name: z.string(), address: z.string(), kind: z.string(), decision: z.string(), note: z.string() })),
  kelurahan: z.string().nullable(),
  meeting: z.string().nullable(),
  beritaAcaraBase64: z.string().nullable(),
});

/** Channels for keys, export and verification of proposal packages. */
export const packageContract = {
  'keys.info': { input: Nothing, output: KeyInfoSchema.nullable() },
  'keys.generate': { input: z.object({ passphrase: Passphrase, replace: z.boolean() }), output: KeyInfoSchema },
  'keys.setRecipient': { input: z.object({ text: z.string().max(2000) }), output: z.array(z.object({ recipient: z.string(), label: z.string() })) },
  'packages.exportNow': { input: ExportRequestSchema.safeExtend({ outDir: z.string().min(1).max(1000) }), output: ExportResultSchema },
  'packages.start': { input: ExportRequestSchema, output: JobSchema },
  'packages.job': { input: z.object({ id: z.string().max(64) }), output: JobSchema },
  'packages.cancel': { input: z.object({ id: z.string().max(64) }), output: JobSchema },
  'packages.list': { input: z.object({ meetingId: id }), output: z.array(z.object({ fileName: z.string(), sha256: z.string(), keyId: z.string(), encrypted: z.boolean(), createdAt: z.string() })) },
  'packages.verify': {
    input: z.object({ fileName: z.string().max(200), contentBase64: z.string(), identity: z.string().max(10_000), publicKeys: z.array(z.string().max(2000)).max(100) }),
    output: VerdictSchema,
  },
} as const;
