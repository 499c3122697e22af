import { z } from 'zod';

/** One finding about a package, with a stable code for scripts and an Indonesian sentence for people. */
export const ProblemSchema = z.object({ code: z.string(), message: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;

/** What Periksa Paket shows: the verdict, every problem, and (when readable) the proposals and the berita acara. */
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
export type Verdict = z.infer<typeof VerdictSchema>;
