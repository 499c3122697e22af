import { z } from 'zod';
import { AnswerImportResultSchema, AnswerResultSchema, ReceivedAnswerSchema, SetStatusInputSchema } from '../answer/schema';
import { PassphraseSchema } from '../package/keys-schema';
import { Nothing, id } from './common-schemas';

/** Dinsos answers each package (statuses, SIKS-NG sheets, the signed answer); the kelurahan opens the answer and carries returned proposals on. */
export const answersContract = {
  'cityProposals.setStatus': { input: SetStatusInputSchema, output: z.object({ updated: z.number().int() }) },
  'answers.build': { input: z.object({ packageId: id, passphrase: PassphraseSchema }), output: AnswerResultSchema },
  'answers.siksNg': { input: Nothing, output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() }) },
  'answers.dinsosKey': { input: Nothing, output: z.object({ keyId: z.string().nullable() }) },
  'answers.setDinsosKey': { input: z.object({ publicKey: z.string().min(1, 'Isi berkas kunci publik Dinsos (.pub) wajib ada').max(2000) }), output: z.object({ keyId: z.string().nullable() }) },
  'answers.import': {
    input: z.object({ uploadId: z.string().max(64), fileName: z.string().min(1).max(200), passphrase: PassphraseSchema }),
    output: AnswerImportResultSchema,
  },
  'answers.received': { input: Nothing, output: z.array(ReceivedAnswerSchema) },
  'answers.carry': { input: z.object({ fromMeetingId: id, toMeetingId: id }), output: z.object({ added: z.number().int(), skipped: z.number().int() }) },
} as const;
