import { automaticBackup } from '../backup/backup-folder';
import type { meetingsContract } from '../../shared/api/meetings-contract';
import { addAttendee, editAttendee, listAttendees, removeAttendee, suggestAttendees } from '../services/attendance';
import { closeMeeting, createMeeting, editMeeting, getMeeting, listMeetings, meetingSummary, removeMeeting, startMeeting } from '../services/meetings';
import type { Handlers } from './handler-types';

export const meetingsHandlers: Handlers<keyof typeof meetingsContract> = {
  'meetings.list': (ctx) => listMeetings(ctx),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.create': (ctx, input) => createMeeting(ctx, input),
  'meetings.update': (ctx, input) => editMeeting(ctx, input.id, input.meeting),
  'meetings.delete': (ctx, input) => removeMeeting(ctx, input.id),
  'meetings.start': (ctx, input) => startMeeting(ctx, input.id),
  'meetings.summary': (ctx, input) => meetingSummary(ctx, input.id),
  'meetings.close': async (ctx, input) => {
    // Closing locks the meeting for good: the state just before it is kept for 12 months (main/backup/rotation.ts).
    await automaticBackup(ctx, 'TUTUP_MUSYAWARAH');
    return closeMeeting(ctx, input.id, input.carryToMeetingId);
  },
  'attendees.list': (ctx, input) => listAttendees(ctx, input.meetingId),
  'attendees.add': (ctx, input) => addAttendee(ctx, input.meetingId, input.attendee),
  'attendees.update': (ctx, input) => editAttendee(ctx, input.id, input.attendee),
  'attendees.delete': (ctx, input) => removeAttendee(ctx, input.id),
  'attendees.suggest': (ctx, input) => suggestAttendees(ctx, input.prefix),
};
