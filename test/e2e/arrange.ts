import type { AttendeeInput } from '../../shared/meeting/schema';
import { aHousehold, aMember } from '../fixtures/households';
import { aMeeting, aProposal } from '../fixtures/meetings';
import { SETTINGS } from '../fixtures/settings';
import { api } from './server';
import type { RunningServer } from './server';

export const OPERATOR = 'Siti Nurhayati';

/** The office as first-run setup leaves it: an operator and the kelurahan's settings. */
export async function setUpOffice(server: RunningServer): Promise<void> {
  await api(server, 'session.setOperator', { name: OPERATOR });
  await api(server, 'settings.save', SETTINGS);
}

/** A meeting not yet started, with one programme proposal for each of `count` families (desil 3 and 6 by turns). */
export async function aMeetingWithProposals(server: RunningServer, count: number): Promise<number> {
  const meeting = await api(server, 'meetings.create', aMeeting());
  for (let i = 0; i < count; i++) {
    const household = await api(server, 'households.create', aHousehold({ desil: i % 2 === 0 ? 3 : 6 }));
    await api(server, 'proposals.add', { meetingId: meeting.id, proposal: aProposal(household.id) });
  }
  return meeting.id;
}

export const ATTENDEES: readonly AttendeeInput[] = [
  { name: SETTINGS.lurahName, unsur: 'LURAH', rt: null, rw: null, phone: null, present: true },
  { name: 'Suparno', unsur: 'RT', rt: 3, rw: 5, phone: null, present: true },
  { name: 'Endang Lestari', unsur: 'PKK', rt: null, rw: null, phone: null, present: false },
];
export const REJECTION_NOTE = 'Keluarga dinilai mampu oleh RT';

/**
 * A meeting in progress with everything decided: three attendees (one absent), nine programme proposals
 * (approved, one needing groundcheck; rejected and deferred with their reasons) and one new family (BARU).
 */
export async function aDecidedMeeting(server: RunningServer): Promise<number> {
  const meetingId = await aMeetingWithProposals(server, 9);
  for (const attendee of ATTENDEES) await api(server, 'attendees.add', { meetingId, attendee });
  const newFamily = await api(server, 'households.create', aHousehold({ members: [aMember({ name: 'Wagimin Hartono' })] }));
  await api(server, 'proposals.add', { meetingId, proposal: aProposal(newFamily.id, { kind: 'BARU', programs: ['SEMBAKO'], reason: 'Belum terdata di DTSEN.' }) });
  await api(server, 'meetings.start', { id: meetingId });
  const proposals = await api(server, 'proposals.list', { meetingId });
  for (const [i, p] of proposals.entries()) {
    const decision = i % 5 === 3 ? 'DITOLAK' : i % 5 === 4 ? 'DITUNDA' : 'DISETUJUI';
    const note = decision === 'DITOLAK' ? REJECTION_NOTE : decision === 'DITUNDA' ? 'Menunggu KK terbaru' : '';
    await api(server, 'proposals.decide', { proposalId: p.id, decision, groundcheck: i === 0, note });
  }
  return meetingId;
}
