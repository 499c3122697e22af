import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { AppError } from '../../../../main/services/app-error';
import { addAttendee, suggestAttendees } from '../../../../main/services/attendance';
import { createHousehold, editHousehold, removeHousehold } from '../../../../main/services/households';
import { closeMeeting, createMeeting, editMeeting, getMeeting, meetingSummary, startMeeting } from '../../../../main/services/meetings';
import { addProposal, decide, listProposals } from '../../../../main/services/proposals';
import { rawDb, tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember, householdInputOf } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

async function failure(fn: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a failure');
}

async function runningMeeting() {
  const meeting = await createMeeting(ctx, aMeeting());
  const households = [createHousehold(ctx, aHousehold()), createHousehold(ctx, aHousehold({ desil: 6, programs: ['PKH'] }))];
  return { meeting: startMeeting(ctx, meeting.id), households };
}

describe('meetings', () => {
  it('go DRAFT -> BERLANGSUNG -> SELESAI with counts along the way', async () => {
    const created = await createMeeting(ctx, aMeeting());
    expect(created).toMatchObject({ status: 'DRAFT', kelurahanCode: '3573051004', counts: { proposals: 0 } });
    const h = createHousehold(ctx, aHousehold());
    const p = addProposal(ctx, created.id, aProposal(h.id));
    expect((await failure(() => decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' }))).message).toContain('Mulai musyawarah');
    startMeeting(ctx, created.id);
    decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: true, note: '' });
    addAttendee(ctx, created.id, { name: 'Pak RT Satu', unsur: 'RT', rt: 1, rw: 5, phone: null, present: true });
    const closed = closeMeeting(ctx, created.id, null);
    expect(closed).toMatchObject({ status: 'SELESAI', counts: { proposals: 1, decided: 1, approved: 1, groundcheck: 1, attendees: 1, present: 1 } });
    expect(closed.closedAt).toBe('2026-11-28T02:00:00.000Z');
  });

  it('refuses to close with undecided proposals, unless they are carried to another meeting', async () => {
    const { meeting, households } = await runningMeeting();
    const [a, b] = households.map((h) => addProposal(ctx, meeting.id, aProposal(h.id)));
    if (!a || !b) throw new Error('fixture');
    decide(ctx, { proposalId: a.id, decision: 'DITOLAK', groundcheck: false, note: 'Keluarga mampu' });
    expect((await failure(() => closeMeeting(ctx, meeting.id, null))).message).toBe('Masih ada 1 usulan yang belum diputuskan. Putuskan semuanya, atau bawa ke musyawarah berikutnya.');
    const next = await createMeeting(ctx, aMeeting({ date: '2026-12-18', letterNumber: '400.9/140/35.73.05.1004/2026' }));
    closeMeeting(ctx, meeting.id, next.id);
    const carried = listProposals(ctx, next.id);
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ carriedFrom: b.id, decision: null, householdId: b.householdId });
    expect(listProposals(ctx, meeting.id).find((p) => p.id === b.id)).toMatchObject({ decision: 'DITUNDA', decisionNote: 'Dibawa ke musyawarah 400.9/140/35.73.05.1004/2026 (2026-12-18)' });
  });

  it('needs a reason for a rejected or deferred proposal', async () => {
    const { meeting, households } = await runningMeeting();
    const p = addProposal(ctx, meeting.id, aProposal(households[0]?.id ?? 0));
    const result = await dispatch(ctx, 'proposals.decide', { proposalId: p.id, decision: 'DITUNDA', groundcheck: false, note: ' ' });
    expect(result).toMatchObject({ ok: false, error: { field: 'note', message: expect.stringContaining('Usulan yang ditunda wajib diberi alasan') } });
  });

  it('locks a finished meeting against every change, in the service and in the database', async () => {
    const { meeting, households } = await runningMeeting();
    const p = addProposal(ctx, meeting.id, aProposal(households[0]?.id ?? 0));
    decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
    const attendee = addAttendee(ctx, meeting.id, { name: 'Bu Lurah', unsur: 'LURAH', rt: null, rw: null, phone: null, present: true });
    closeMeeting(ctx, meeting.id, null);

    const attempts: [string, unknown][] = [
      ['proposals.decide', { proposalId: p.id, decision: 'DITOLAK', groundcheck: false, note: 'diubah' }],
      ['proposals.add', { meetingId: meeting.id, proposal: aProposal(households[1]?.id ?? 0) }],
      ['proposals.delete', { id: p.id }],
      ['attendees.update', { id: attendee.id, attendee: { name: 'X', unsur: 'LAINNYA', rt: null, rw: null, phone: null, present: false } }],
      ['attendees.add', { meetingId: meeting.id, attendee: { name: 'Penyusup', unsur: 'LAINNYA', rt: null, rw: null, phone: null, present: true } }],
      ['meetings.update', { id: meeting.id, meeting: aMeeting({ place: 'Tempat lain' }) }],
      ['meetings.start', { id: meeting.id }],
    ];
    for (const [channel, input] of attempts) {
      const result = await dispatch(ctx, channel, input);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('sudah selesai dan terkunci') } });
    }
    const raw = rawDb(ctx);
    expect(() => raw.prepare("UPDATE proposals SET decision = 'DITOLAK' WHERE id = ?").run(p.id)).toThrow('MEETING_LOCKED');
    expect(() => raw.prepare("UPDATE meetings SET status = 'DRAFT' WHERE id = ?").run(meeting.id)).toThrow('MEETING_LOCKED');
    expect(() => raw.prepare('DELETE FROM attendees WHERE id = ?').run(attendee.id)).toThrow('MEETING_LOCKED');
    raw.close();
    expect(listProposals(ctx, meeting.id)[0]?.decision).toBe('DISETUJUI');
  });

  it('freezes the household as the meeting saw it when it closes', async () => {
    const { meeting, households } = await runningMeeting();
    const h = households[0];
    if (!h) throw new Error('fixture');
    const p = addProposal(ctx, meeting.id, aProposal(h.id));
    decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
    closeMeeting(ctx, meeting.id, null);
    editHousehold(ctx, h.id, { ...householdInputOf(h), address: 'Alamat baru' });
    expect(listProposals(ctx, meeting.id)[0]?.household.address).toBe(h.address);
    expect((await failure(() => removeHousehold(ctx, h.id))).message).toBe('Keluarga ini tercantum dalam usulan musyawarah dan tidak dapat dihapus.');
  });

  it('shows hints beside proposals and counts per kind and outcome', async () => {
    const { meeting, households } = await runningMeeting();
    const recipientInDesil6 = households[1];
    if (!recipientInDesil6) throw new Error('fixture');
    const p = addProposal(ctx, meeting.id, aProposal(recipientInDesil6.id, { kind: 'SANGGAHAN', programs: [] }));
    expect(p.hints.map((h) => h.message)).toContain('Penerima PKH saat ini berada di desil 6: PKH dihentikan sementara dan keluarga masuk daftar groundcheck.');
    addProposal(ctx, meeting.id, aProposal(households[0]?.id ?? 0));
    decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: true, note: '' });
    expect(meetingSummary(ctx, meeting.id).byKind).toEqual([
      { kind: 'USULAN_PROGRAM', total: 1, approved: 0, rejected: 0, deferred: 0, undecided: 1, groundcheck: 0 },
      { kind: 'SANGGAHAN', total: 1, approved: 1, rejected: 0, deferred: 0, undecided: 0, groundcheck: 1 },
    ]);
  });

  it('refuses a member that is not in the proposed household', async () => {
    const { meeting, households } = await runningMeeting();
    const other = households[1]?.members[0]?.id ?? 0;
    const error = await failure(() => addProposal(ctx, meeting.id, aProposal(households[0]?.id ?? 0, { memberId: other })));
    expect(error.message).toBe('Anggota yang dipilih bukan anggota keluarga ini');
  });

  it('suggests people from earlier meetings', async () => {
    const { meeting } = await runningMeeting();
    addAttendee(ctx, meeting.id, { name: 'Suparno (Ketua RT 03)', unsur: 'RT', rt: 3, rw: 5, phone: '0812345678', present: true });
    expect(suggestAttendees(ctx, 'supa')).toEqual([{ name: 'Suparno (Ketua RT 03)', unsur: 'RT', rt: 3, rw: 5, phone: '0812345678', present: true }]);
    expect(suggestAttendees(ctx, '%')).toEqual([]);
  });

  it('edits an open meeting and keeps a member referenced by a proposal', async () => {
    const { meeting, households } = await runningMeeting();
    expect(editMeeting(ctx, meeting.id, aMeeting({ place: 'Balai RW 05' })).place).toBe('Balai RW 05');
    const h = households[0];
    const target = h?.members[1];
    if (!h || !target) throw new Error('fixture');
    addProposal(ctx, meeting.id, aProposal(h.id, { kind: 'PERBAIKAN_DATA', programs: [], memberId: target.id }));
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = h;
    const error = await failure(() => editHousehold(ctx, h.id, { ...rest, members: [aMember({ nik: h.members[0]?.nik ?? '' })] }));
    expect(error.message).toContain('tercantum dalam usulan');
    expect(getMeeting(ctx, meeting.id).counts.proposals).toBe(1);
  });
});
