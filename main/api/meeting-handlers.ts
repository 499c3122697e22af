import type { Handlers } from './handler-types';
import { addAttendee, editAttendee, listAttendees, removeAttendee, suggestAttendees } from '../services/attendance';
import { history, verifyAudit } from '../services/audit';
import { addEvidence, readEvidence, removeEvidence } from '../services/evidence';
import { closeMeeting, createMeeting, editMeeting, getMeeting, listMeetings, meetingSummary, removeMeeting, startMeeting } from '../services/meetings';
import { addProposal, decide, editProposal, listProposals, removeProposal } from '../services/proposals';
import { minutesHtml, minutesPdf } from '../services/minutes';
import { addRuleSet, allRuleSets } from '../services/rules';
import { getLogo, setLogo } from '../services/settings';
import { sessionInfo, setOperator } from '../services/session';
import type { meetingContract } from '../../shared/api/meeting-contract';

export const meetingHandlers: Handlers<keyof typeof meetingContract> = {
  'session.get': (ctx) => sessionInfo(ctx),
  'session.setOperator': (ctx, input) => setOperator(ctx, input.name),
  'meetings.list': (ctx) => listMeetings(ctx),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.create': (ctx, input) => createMeeting(ctx, input),
  'meetings.update': (ctx, input) => editMeeting(ctx, input.id, input.meeting),
  'meetings.delete': (ctx, input) => removeMeeting(ctx, input.id),
  'meetings.start': (ctx, input) => startMeeting(ctx, input.id),
  'meetings.summary': (ctx, input) => meetingSummary(ctx, input.id),
  'meetings.close': (ctx, input) => closeMeeting(ctx, input.id, input.carryToMeetingId),
  'attendees.list': (ctx, input) => listAttendees(ctx, input.meetingId),
  'attendees.add': (ctx, input) => addAttendee(ctx, input.meetingId, input.attendee),
  'attendees.update': (ctx, input) => editAttendee(ctx, input.id, input.attendee),
  'attendees.delete': (ctx, input) => removeAttendee(ctx, input.id),
  'attendees.suggest': (ctx, input) => suggestAttendees(ctx, input.prefix),
  'proposals.list': (ctx, input) => listProposals(ctx, input.meetingId),
  'proposals.add': (ctx, input) => addProposal(ctx, input.meetingId, input.proposal),
  'proposals.update': (ctx, input) => editProposal(ctx, input.id, input.proposal),
  'proposals.delete': (ctx, input) => removeProposal(ctx, input.id),
  'proposals.decide': (ctx, input) => decide(ctx, input),
  'evidence.add': (ctx, input) => addEvidence(ctx, input),
  'evidence.read': (ctx, input) => readEvidence(ctx, input.id),
  'evidence.delete': (ctx, input) => removeEvidence(ctx, input.id),
  'rules.list': (ctx) => allRuleSets(ctx),
  'rules.add': (ctx, input) => addRuleSet(ctx, input),
  'audit.history': (ctx, input) => history(ctx, input),
  'audit.verify': (ctx) => verifyAudit(ctx),
  'minutes.html': async (ctx, input) => ({ html: await minutesHtml(ctx, input.meetingId, input.document) }),
  'minutes.pdf': async (ctx, input) => {
    const { fileName, pdf } = await minutesPdf(ctx, input.meetingId, input.document);
    return { fileName, contentBase64: pdf.toString('base64') };
  },
  'settings.logo': (ctx) => getLogo(ctx),
  'settings.setLogo': (ctx, input) => setLogo(ctx, input.contentBase64),
};
