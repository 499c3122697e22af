import { z } from 'zod';
import { RELATIONSHIPS } from '../household/options';
import { HouseholdRowSchema } from '../household/schema';
import { HintSchema } from '../rules/hints';
import { DEACTIVATION_REASONS, DECISIONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS, PROPOSAL_SOURCES } from './options';
import { EvidenceSchema } from './schema';
import { DINSOS_STATUSES } from '../inbox/city-proposals';

/** The household as the meeting saw it; frozen into the proposal when the meeting closes. */
export const ProposalHouseholdSchema = HouseholdRowSchema.pick({
  id: true, noKk: true, headName: true, headNik: true, address: true, rt: true, rw: true, desil: true, programs: true,
}).safeExtend({
  members: z.array(
    z.object({
      id: z.number().int(),
      nik: z.string(),
      name: z.string(),
      sex: z.enum(['L', 'P']),
      birthDate: z.string().nullable(),
      relationship: z.enum(RELATIONSHIPS.codes),
    }),
  ),
});
export type ProposalHousehold = z.infer<typeof ProposalHouseholdSchema>;

export const ProposalViewSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  position: z.number().int(),
  householdId: z.number().int(),
  memberId: z.number().int().nullable(),
  kind: z.enum(PROPOSAL_KINDS.codes),
  programs: z.array(z.enum(PROPOSAL_PROGRAMS.codes)),
  deactivationReason: z.enum(DEACTIVATION_REASONS.codes).nullable(),
  reason: z.string(),
  source: z.enum(PROPOSAL_SOURCES.codes),
  decision: z.enum(DECISIONS.codes).nullable(),
  groundcheck: z.boolean(),
  decisionNote: z.string(),
  decidedAt: z.string().nullable(),
  carriedFrom: z.number().int().nullable(),
  /** Dinsos' answer, once the kelurahan opened one about this proposal's meeting. */
  dinsos: z.object({ status: z.enum(DINSOS_STATUSES.codes), note: z.string() }).nullable(),
  household: ProposalHouseholdSchema,
  hints: z.array(HintSchema),
  evidence: z.array(EvidenceSchema),
});
export type ProposalView = z.infer<typeof ProposalViewSchema>;

/** A proposal as stored: the view without what is derived when it is shown, plus the household frozen at closing. */
export const ProposalRecordSchema = ProposalViewSchema.omit({ household: true, hints: true, evidence: true }).safeExtend({
  snapshot: ProposalHouseholdSchema.nullable(),
});
export type ProposalRecord = z.infer<typeof ProposalRecordSchema>;
