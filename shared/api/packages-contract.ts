import { z } from 'zod';
import { ExportRequestSchema, ExportResultSchema, JobSchema, SentPackageSchema } from '../package/export-schema';
import { KeyInfoSchema, PassphraseSchema, RecipientSchema } from '../package/keys-schema';
import { VerdictSchema } from '../package/verdict-schema';
import { Nothing, id } from './common-schemas';

const JobId = z.object({ id: z.string().max(64) });
/** 4 MB of bytes as base64. */
const UPLOAD_CHUNK_BASE64 = Math.ceil((4 * 1024 * 1024) / 3) * 4;

/** Keys, the signed and encrypted package for Dinsos, and its verification (the package arrives in 4 MB pieces). */
export const packagesContract = {
  'keys.info': { input: Nothing, output: KeyInfoSchema.nullable() },
  'keys.generate': { input: z.object({ passphrase: PassphraseSchema, replace: z.boolean() }), output: KeyInfoSchema },
  'keys.setRecipient': { input: z.object({ text: z.string().max(2000) }), output: z.array(RecipientSchema) },
  'packages.exportNow': { input: ExportRequestSchema.safeExtend({ outDir: z.string().min(1).max(1000) }), output: ExportResultSchema },
  'packages.start': { input: ExportRequestSchema, output: JobSchema },
  'packages.job': { input: JobId, output: JobSchema },
  'packages.cancel': { input: JobId, output: JobSchema },
  'packages.list': { input: z.object({ meetingId: id }), output: z.array(SentPackageSchema) },
  'uploads.begin': { input: Nothing, output: z.object({ uploadId: z.string() }) },
  'uploads.append': {
    input: z.object({ uploadId: z.string().max(64), chunkBase64: z.string().max(UPLOAD_CHUNK_BASE64, 'Potongan unggahan terlalu besar (paling besar 4 MB)') }),
    output: z.object({ size: z.number().int() }),
  },
  'packages.verify': {
    input: z.object({ fileName: z.string().max(200), uploadId: z.string().max(64), identity: z.string().max(10_000), publicKeys: z.array(z.string().max(2000)).max(100) }),
    output: VerdictSchema,
  },
} as const;
