import type { HomeOverview } from '../../shared/home/overview';
import { meetingDue } from '../../shared/meeting/due';
import type { ServiceContext } from './context';
import { listMeetings } from './meetings';
import { officeToday, worklist } from './worklist';

export function homeOverview(ctx: ServiceContext): HomeOverview {
  // Newest first; a meeting counts as held once it has started.
  const held = listMeetings(ctx).find((m) => m.status !== 'DRAFT');
  return {
    lastMeeting: held ? { id: held.id, date: held.date, status: held.status } : null,
    nextMeeting: meetingDue(held?.date ?? null, officeToday(ctx)),
    familiesToCheck: new Set(worklist(ctx).items.map((item) => item.householdId)).size,
  };
}
