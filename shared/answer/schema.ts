import { z } from 'zod';
import { DINSOS_STATUSES } from '../inbox/city-proposals';

export const ANSWER_SCHEMA_VERSION = 1;
/** tanggapan-<kode kelurahan>-<YYYYMMDD>-<nn>: Dinsos' answer about one package, named like the package. */
export const ANSWER_BAG_NAME = /^tanggapan-\d{10}-\d{8}-\d{2}$/;

export function answerBagName(kelurahanCode: string, day: string, sequence: number): string {
  return `tanggapan-${kelurahanCode}-${day.replaceAll('-', '')}-${String(sequence).padStart(2, '0')}`;
}

/** data/tanggapan.json: what Dinsos answers about every proposal of one package. */
export const AnswerPayloadSchema = z.object({
  schemaVersion: z.literal(ANSWER_SCHEMA_VERSION),
  generator: z.string(),
  dinsos: z.object({ regionCode: z.string().regex(/^\d{4}$/), officeName: z.string(), regencyName: z.string() }),
  kelurahan: z.object({ code: z.string().regex(/^\d{10}$/), name: z.string() }),
  /** The meeting as the kelurahan's package named it: its id in the kelurahan's folder. */
  meeting: z.object({ id: z.number().int(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), letterNumber: z.string() }),
  /** The package answered, by the SHA-256 of its file. */
  packageSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the answer was made: a newer answer about the same meeting replaces an older one, never the reverse. */
  issuedAt: z.iso.datetime(),
  signerKeyId: z.string().regex(/^[0-9A-F]{16}$/),
  proposals: z.array(
    z.object({
      no: z.number().int().positive(),
      nik: z.string().regex(/^\d{16}$/),
      name: z.string(),
      status: z.enum(DINSOS_STATUSES.codes),
      note: z.string(),
    }),
  ),
});
export type AnswerPayload = z.infer<typeof AnswerPayloadSchema>;

/** Dinsos sets a status on proposals of the city register (a proposal returned must say why: checked by the service). */
export const SetStatusInputSchema = z.object({
  ids: z.array(z.number().int().positive()).min(1, 'Pilih paling sedikit satu usulan').max(5000),
  status: z.enum(DINSOS_STATUSES.codes, { error: 'Pilih status tanggapan Dinsos' }),
  note: z.string().trim().max(500, 'Catatan paling panjang 500 karakter'),
});
export type SetStatusInput = z.infer<typeof SetStatusInputSchema>;

export const AnswerResultSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  sha256: z.string(),
  proposals: z.number().int(),
  /** How many proposals got each status (unanswered ones go out as DALAM_PROSES). */
  statuses: z.record(z.string(), z.number().int()),
});
export type AnswerResult = z.infer<typeof AnswerResultSchema>;

/** What the kelurahan learns from opening an answer. */
export const AnswerImportResultSchema = z.object({
  meetingId: z.number().int(),
  meetingDate: z.string(),
  letterNumber: z.string(),
  proposals: z.number().int(),
  statuses: z.record(z.string(), z.number().int()),
});
export type AnswerImportResult = z.infer<typeof AnswerImportResultSchema>;

/** An answer of Dinsos' this kelurahan has opened. */
export const ReceivedAnswerSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  meetingId: z.number().int(),
  meetingDate: z.string(),
  letterNumber: z.string(),
  issuedAt: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type ReceivedAnswer = z.infer<typeof ReceivedAnswerSchema>;
