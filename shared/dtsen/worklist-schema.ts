import { z } from 'zod';
import { options, PROGRAMS } from '../household/options';

/** Why a family is on the Daftar periksa: a mismatch between its desil and the programmes it receives. */
export const WORKLIST_CODES = options({
  PKH_DITANGGUHKAN: 'PKH ditangguhkan',
  BANSOS_DI_ATAS_DESIL: 'Bansos di atas ambang desil',
  LAYAK_BELUM_MENERIMA: 'Layak, belum menerima',
  TIDAK_ADA_DI_DTSEN: 'Tidak ada di DTSEN',
});
export type WorklistCode = (typeof WORKLIST_CODES.codes)[number];

const Code = z.enum(WORKLIST_CODES.codes, { error: 'Kode daftar periksa tidak dikenal' });
const Program = z.enum(PROGRAMS.codes, { error: 'Program tidak dikenal' });
const rtRw = (label: string) =>
  z.number({ error: `${label} harus angka` }).int(`${label} harus bilangan bulat`).min(1, `${label} paling kecil 1`).max(999, `${label} paling besar 999`).nullable();

export const WorklistItemSchema = z.object({
  code: Code,
  householdId: z.number().int(),
  kk: z.string(),
  /** Head of the family. */
  name: z.string(),
  address: z.string(),
  rt: z.number().int(),
  rw: z.number().int(),
  desil: z.number().int().nullable(),
  /** Programmes the family receives now. */
  programs: z.array(Program),
  /** Programmes the item is about: suspended, above the threshold, eligible for, or received without a desil. */
  concerns: z.array(Program),
  message: z.string(),
});
export type WorklistItem = z.infer<typeof WorklistItemSchema>;

export const WorklistFilterSchema = z.object({
  /** Empty: every code. */
  codes: z.array(Code).max(WORKLIST_CODES.codes.length).default([]),
  rw: rtRw('RW').default(null),
  rt: rtRw('RT').default(null),
  /** Items concerning this programme only. */
  program: Program.nullable().default(null),
});
export type WorklistFilter = z.infer<typeof WorklistFilterSchema>;

export const WorklistCountsSchema = z.object(
  Object.fromEntries(WORKLIST_CODES.codes.map((c) => [c, z.number().int()])) as Record<WorklistCode, z.ZodNumber>,
);
export type WorklistCounts = z.infer<typeof WorklistCountsSchema>;

export const WorklistListInputSchema = z.object({
  filter: WorklistFilterSchema,
  offset: z.number().int().min(0).default(0),
  /** Null: every item. */
  limit: z.number().int().min(1).max(1000, 'Paling banyak 1000 baris sekali minta').nullable().default(null),
});

export const WorklistPageSchema = z.object({
  /** The day the list was computed for and the rule set in force on it. */
  today: z.string(),
  ruleSet: z.object({ code: z.string(), decree: z.string() }),
  /** Items per code within the RW/RT and programme filter (the code filter aside). */
  counts: WorklistCountsSchema,
  total: z.number().int(),
  items: z.array(WorklistItemSchema),
});
export type WorklistPage = z.infer<typeof WorklistPageSchema>;

export const WorklistProposeInputSchema = z.object({
  meetingId: z.number({ error: 'Pilih musyawarah' }).int().positive('Pilih musyawarah'),
  filter: WorklistFilterSchema,
  /** The items chosen, looked up in the whole list (the filter then does not apply); null: every item the filter keeps. */
  items: z
    .array(z.object({ code: Code, householdId: z.number().int().positive() }))
    .min(1, 'Pilih paling sedikit satu baris')
    .max(100_000, 'Terlalu banyak baris dipilih sekaligus')
    .nullable()
    .default(null),
});
export type WorklistProposeInput = z.infer<typeof WorklistProposeInputSchema>;

export const WorklistProposeResultSchema = z.object({
  added: z.number().int(),
  /** Already proposed for the same kind in a meeting that is not finished. */
  skipped: z.number().int(),
  /** Chosen items no longer on the list (the family's data changed meanwhile). */
  missing: z.number().int(),
});
export type WorklistProposeResult = z.infer<typeof WorklistProposeResultSchema>;
