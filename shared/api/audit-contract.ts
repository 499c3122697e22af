import { z } from 'zod';
import { AuditEntrySchema, AuditHeadSchema, AuditVerdictSchema } from '../audit/schema';
import { Nothing, id } from './common-schemas';

/** The hash-chained audit trail: history of one meeting or family, and a check of the whole chain. */
export const auditContract = {
  'audit.history': {
    input: z.union([z.object({ meetingId: id }).strict(), z.object({ householdId: id }).strict(), z.object({ cityProposalId: id }).strict()]),
    output: z.array(AuditEntrySchema),
  },
  'audit.verify': { input: z.object({ expectHead: AuditHeadSchema.optional() }).strict(), output: AuditVerdictSchema },
  'audit.head': { input: Nothing, output: z.object({ entries: z.number().int(), hash: z.string() }) },
} as const;
