import { z } from 'zod';
import { ProposalViewSchema } from '../meeting/proposal-view';
import { DecisionInputSchema, EvidenceSchema, EvidenceUploadSchema, ProposalInputSchema } from '../meeting/schema';
import { Id, MeetingId, id } from './common-schemas';

/** The proposals a meeting discusses, the decision on each, and the evidence attached to them. */
export const proposalsContract = {
  'proposals.list': { input: MeetingId, output: z.array(ProposalViewSchema) },
  'proposals.add': { input: z.object({ meetingId: id, proposal: ProposalInputSchema }), output: ProposalViewSchema },
  'proposals.update': { input: z.object({ id, proposal: ProposalInputSchema }), output: ProposalViewSchema },
  'proposals.delete': { input: Id, output: Id },
  'proposals.decide': { input: DecisionInputSchema, output: ProposalViewSchema },
  'evidence.add': { input: EvidenceUploadSchema, output: EvidenceSchema },
  'evidence.read': { input: Id, output: z.object({ mime: z.string(), contentBase64: z.string() }) },
  'evidence.delete': { input: Id, output: Id },
} as const;
