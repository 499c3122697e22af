import { z } from 'zod';
import {
  WorklistFilterSchema, WorklistListInputSchema, WorklistPageSchema, WorklistProposeInputSchema, WorklistProposeResultSchema,
} from '../dtsen/worklist-schema';

const FileOut = z.object({ fileName: z.string(), contentBase64: z.string() });

/** Daftar periksa: the mismatches between desil and programmes, and turning them into a meeting's proposals. */
export const worklistContract = {
  'worklist.list': { input: WorklistListInputSchema, output: WorklistPageSchema },
  'worklist.propose': { input: WorklistProposeInputSchema, output: WorklistProposeResultSchema },
  'worklist.xlsx': { input: z.object({ filter: WorklistFilterSchema }), output: FileOut },
  'worklist.pdf': { input: z.object({ filter: WorklistFilterSchema }), output: FileOut },
} as const;
