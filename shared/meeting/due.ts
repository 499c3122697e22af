import { z } from 'zod';
import { calendarDate } from '../format/date';

/** A Musyawarah Kelurahan must be held at least this often. */
export const MEETING_INTERVAL_MONTHS = 3;

const DAY_MS = 86_400_000;

/** Calendar months later, on the same day or the month's last one: 30 November + 3 months = 28 (or 29) February. */
export function addMonths(iso: string, months: number): string {
  const date = calendarDate(iso);
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((calendarDate(to).getTime() - calendarDate(from).getTime()) / DAY_MS);
}

export const MeetingDueSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('NO_MEETING_YET') }),
  z.object({ state: z.literal('ON_TIME'), dueDate: z.string(), daysLeft: z.number().int().min(0) }),
  z.object({ state: z.literal('OVERDUE'), dueDate: z.string(), daysOverdue: z.number().int().min(1) }),
]);
export type MeetingDue = z.infer<typeof MeetingDueSchema>;

/** When the next meeting is due, counted from the last one held; with none held yet, one is due now. */
export function meetingDue(lastMeetingDate: string | null, today: string): MeetingDue {
  if (lastMeetingDate === null) return { state: 'NO_MEETING_YET' };
  const dueDate = addMonths(lastMeetingDate, MEETING_INTERVAL_MONTHS);
  const daysLeft = daysBetween(today, dueDate);
  return daysLeft >= 0 ? { state: 'ON_TIME', dueDate, daysLeft } : { state: 'OVERDUE', dueDate, daysOverdue: -daysLeft };
}
