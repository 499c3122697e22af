import { z } from 'zod';
import { IMPORT_FIELDS } from './columns';

/** A problem with a row (row as the spreadsheet numbers it), a column as headed in the file, or the file as a whole (row null). */
export const RowProblemSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

const count = z.number().int().nonnegative();

export const FamilyChangeSchema = z.object({
  noKk: z.string(),
  householdId: z.number().int().nullable(),
  changes: z.array(z.enum(['desil', 'programmes', 'members', 'address'])),
});

export const ImportResultSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  shape: z.enum(['REGISTER', 'DESIL_UPDATE']),
  /** Data rows read (the header not counted). */
  rows: count,
  dryRun: z.boolean(),
  /** True when the register was changed: not a dry run, and no errors (or --skip-invalid). */
  written: z.boolean(),
  families: z.object({ new: count, changed: count, unchanged: count, missing: count }),
  members: z.object({ new: count, changed: count, unchanged: count }),
  /** Families left out whole because one of their rows had an error (only with skip-invalid they are reported so). */
  skippedFamilies: count,
  /** The first problems (see ProblemList), ending with a line that counts those left out. */
  errors: z.array(RowProblemSchema),
  warnings: z.array(RowProblemSchema),
  errorCount: count,
  warningCount: count,
  /** The changed families and what changed in each, at most CHANGES_LISTED of them. */
  changed: z.array(FamilyChangeSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const CHANGES_LISTED = 500;

export const ImportFieldSchema = z.enum(IMPORT_FIELDS);
/** Original header → field (null: leave the column out). */
export const ColumnMappingSchema = z.record(z.string().max(200), ImportFieldSchema.nullable());
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const ImportJobSchema = z.object({
  id: z.string(),
  step: z.string(),
  done: z.number(),
  total: z.number(),
  result: ImportResultSchema.nullable(),
  error: z.string().nullable(),
  cancelled: z.boolean(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** What the mapping screen shows: the headers, how each is read, the first rows, and whether the import can go ahead. */
export const InspectionSchema = z.object({
  headers: z.array(z.string()),
  fields: z.array(ImportFieldSchema.nullable()),
  /** Which of `fields` came from a mapping remembered for these headers. */
  remembered: z.boolean(),
  shape: z.enum(['REGISTER', 'DESIL_UPDATE']),
  preview: z.array(z.array(z.string())),
  problems: z.array(RowProblemSchema),
  sheets: z.array(z.string()),
});
export type Inspection = z.infer<typeof InspectionSchema>;
