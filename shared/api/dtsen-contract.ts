import { z } from 'zod';
import { ColumnMappingSchema, ImportJobSchema, InspectionSchema } from '../dtsen/import-result';

const upload = {
  uploadId: z.string().max(64),
  /** The file's own name, for messages and the import record. */
  fileName: z.string().min(1).max(200),
  sheet: z.string().max(100).optional(),
};
const JobId = z.object({ id: z.string().max(64) });

/** DTSEN extracts in: a look at the columns first, then the import (or its dry run) as a background job. */
export const dtsenContract = {
  'dtsen.inspect': { input: z.object(upload), output: InspectionSchema },
  'dtsen.start': {
    input: z.object({ ...upload, mapping: ColumnMappingSchema, dryRun: z.boolean(), skipInvalid: z.boolean() }),
    output: ImportJobSchema,
  },
  'dtsen.job': { input: JobId, output: ImportJobSchema },
  'dtsen.cancel': { input: JobId, output: ImportJobSchema },
} as const;
