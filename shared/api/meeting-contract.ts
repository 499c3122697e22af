import { z } from 'zod';
import { AuditEntrySchema, AuditVerdictSchema } from '../audit/schema';
import { ProposalViewSchema } from '../meeting/proposal-view';
import {
  AttendeeInputSchema, AttendeeSchema, DecisionInputSchema, EvidenceSchema, EvidenceUploadSchema, MeetingInputSchema, MeetingSchema,
  ProposalInputSchema,
} from '../meeting/schema';
import { KindSummarySchema } from '../meeting/summary';
import { RuleSetSchema } from '../rules/ruleset';
import { LogoSchema, SettingsSchema } from '../settings/schema';

const id = z.number().int().positive();
const Id = z.object({ id });
const MeetingId = z.object({ meetingId: id });
const Nothing = z.object({}).strict();
const MinutesDocument = z.enum(['BERITA_ACARA', 'DAFTAR_HADIR']);

/** Channels for meetings, attendance, proposals, decisions, evidence, rules and the audit trail. */
export const meetingContract = {
  'session.get': { input: Nothing, output: z.object({ operator: z.string().nullable(), knownOperators: z.array(z.string()) }) },
  'session.setOperator': {
    input: z.object({ name: z.string().trim().min(3, 'Nama operator paling sedikit 3 huruf').max(80, 'Nama operator terlalu panjang') }),
    output: z.object({ operator: z.string() }),
  },
  'meetings.list': { input: Nothing, output: z.array(MeetingSchema) },
  'meetings.get': { input: Id, output: MeetingSchema },
  'meetings.create': { input: MeetingInputSchema, output: MeetingSchema },
  'meetings.update': { input: z.object({ id, meeting: MeetingInputSchema }), output: MeetingSchema },
  'meetings.delete': { input: Id, output: Id },
  'meetings.start': { input: Id, output: MeetingSchema },
  'meetings.summary': { input: Id, output: z.object({ meeting: MeetingSchema, byKind: z.array(KindSummarySchema) }) },
  'meetings.close': { input: z.object({ id, carryToMeetingId: id.nullable() }), output: MeetingSchema },
  'attendees.list': { input: MeetingId, output: z.array(AttendeeSchema) },
  'attendees.add': { input: z.object({ meetingId: id, attendee: AttendeeInputSchema }), output: AttendeeSchema },
  'attendees.update': { input: z.object({ id, attendee: AttendeeInputSchema }), output: AttendeeSchema },
  'attendees.delete': { input: Id, output: Id },
  'attendees.suggest': { input: z.object({ prefix: z.string().trim().min(1).max(60) }), output: z.array(AttendeeInputSchema) },
  'proposals.list': { input: MeetingId, output: z.array(ProposalViewSchema) },
  'proposals.add': { input: z.object({ meetingId: id, proposal: ProposalInputSchema }), output: ProposalViewSchema },
  'proposals.update': { input: z.object({ id, proposal: ProposalInputSchema }), output: ProposalViewSchema },
  'proposals.delete': { input: Id, output: Id },
  'proposals.decide': { input: DecisionInputSchema, output: ProposalViewSchema },
  'evidence.add': { input: EvidenceUploadSchema, output: EvidenceSchema },
  'evidence.read': { input: Id, output: z.object({ mime: z.string(), contentBase64: z.string() }) },
  'evidence.delete': { input: Id, output: Id },
  'rules.list': { input: Nothing, output: z.array(RuleSetSchema) },
  'rules.add': { input: RuleSetSchema, output: z.array(RuleSetSchema) },
  'audit.history': {
    input: z.union([z.object({ meetingId: id }).strict(), z.object({ householdId: id }).strict()]),
    output: z.array(AuditEntrySchema),
  },
  'audit.verify': { input: Nothing, output: AuditVerdictSchema },
  'minutes.html': { input: z.object({ meetingId: id, document: MinutesDocument }), output: z.object({ html: z.string() }) },
  'minutes.pdf': { input: z.object({ meetingId: id, document: MinutesDocument }), output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
  'settings.logo': { input: Nothing, output: LogoSchema.nullable() },
  'settings.setLogo': { input: z.object({ contentBase64: z.string().max(1_500_000, 'Logo paling besar 1 MB').nullable() }), output: SettingsSchema },
} as const;
