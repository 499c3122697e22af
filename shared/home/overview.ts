import { z } from 'zod';
import { MeetingDueSchema } from '../meeting/due';
import { MEETING_STATUSES } from '../meeting/options';

/** What the landing screen shows at a glance. */
export const HomeOverviewSchema = z.object({
  /** The latest meeting held (started or finished), or null. */
  lastMeeting: z.object({ id: z.number().int(), date: z.string(), status: z.enum(MEETING_STATUSES.codes) }).nullable(),
  nextMeeting: MeetingDueSchema,
  /** Families on the Daftar periksa; one family may be there for several reasons. */
  familiesToCheck: z.number().int(),
});
export type HomeOverview = z.infer<typeof HomeOverviewSchema>;
