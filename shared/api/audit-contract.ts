import { z } from 'zod';
import { AuditEntrySchema, AuditVerdictSchema } from '../audit/schema';
import { Nothing, id } from './common-schemas';

/** The hash-chained audit trail: history of one meeting or family, and a check of the whole chain. */
export const auditContract = {
  'audit.history': {
    input: z.union([z.object({ meetingId: id }).strict(), z.object({ householdId: id }).strict()]),
    output: z.array(AuditEntrySchema),
  },
  'audit.verify': { input: Nothing, output: AuditVerdictSchema },
} as const;
