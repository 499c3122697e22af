import { z } from 'zod';
import {
  GroundcheckAssignInputSchema, GroundcheckAssignResultSchema, GroundcheckFormInputSchema, GroundcheckItemSchema, GroundcheckListInputSchema,
  GroundcheckPageSchema, GroundcheckPhotoSchema, GroundcheckPhotoUploadSchema, GroundcheckRecordInputSchema,
} from '../groundcheck/schema';
import { Id } from './common-schemas';

/** Dinsos: field verification of city proposals: who goes when, what they found, their photos, and the printed forms. */
export const groundcheckContract = {
  'groundcheck.assign': { input: GroundcheckAssignInputSchema, output: GroundcheckAssignResultSchema },
  'groundcheck.list': { input: GroundcheckListInputSchema, output: GroundcheckPageSchema },
  'groundcheck.record': { input: GroundcheckRecordInputSchema, output: GroundcheckItemSchema },
  'groundcheck.addPhoto': { input: GroundcheckPhotoUploadSchema, output: GroundcheckPhotoSchema },
  'groundcheck.photo': { input: Id, output: z.object({ mime: z.string(), contentBase64: z.string() }) },
  'groundcheck.formPdf': { input: GroundcheckFormInputSchema, output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
} as const;
