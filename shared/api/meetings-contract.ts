import { z } from 'zod';
import { AttendeeInputSchema, AttendeeSchema, MeetingInputSchema, MeetingSchema } from '../meeting/schema';
import { KindSummarySchema } from '../meeting/summary';
import { Id, MeetingId, Nothing, id } from './common-schemas';

/** Meetings through their life (draft, running, closed and locked) and who attended. */
export const meetingsContract = {
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
} as const;
