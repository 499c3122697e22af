import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHousehold } from '../../../../main/services/households';
import { closeMeeting, createMeeting, startMeeting } from '../../../../main/services/meetings';
import { addEvidence } from '../../../../main/services/evidence';
import { addProposal, decide, listProposals } from '../../../../main/services/proposals';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';
import { JPEG } from '../../../fixtures/package';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

async function meetingWith(count: number, number: number): Promise<number> {
  const meeting = await createMeeting(ctx, aMeeting({ letterNumber: `400.9/${String(number)}/35.73.05.1004/2026` }));
  startMeeting(ctx, meeting.id);
  for (let i = 0; i < count; i++) {
    const p = addProposal(ctx, meeting.id, aProposal(createHousehold(ctx, aHousehold()).id));
    addEvidence(ctx, { proposalId: p.id, kind: 'KTP', fileName: `ktp-${String(i)}.jpg`, contentBase64: JPEG.toString('base64') });
  }
  return meeting.id;
}

/** How many statements one listing prepares. */
function preparesFor(meetingId: number): number {
  const prepare = vi.spyOn(ctx.db, 'prepare');
  try {
    expect(listProposals(ctx, meetingId).every((p) => p.evidence.length === 1)).toBe(true);
    return prepare.mock.calls.length;
  } finally {
    prepare.mockRestore();
  }
}

describe('listing proposals', () => {
  it('prepares the same small number of statements for 3 proposals as for 14, open or closed', async () => {
    const small = await meetingWith(3, 1);
    const large = await meetingWith(14, 2);
    const open = preparesFor(small);
    expect(preparesFor(large)).toBe(open);
    expect(open).toBeLessThanOrEqual(8);
    for (const p of listProposals(ctx, large)) decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
    closeMeeting(ctx, large, null);
    expect(preparesFor(large)).toBeLessThanOrEqual(open);
  });

  it('shows live hints while the meeting runs and the frozen household, without hints, once it is closed', async () => {
    const id = await meetingWith(1, 3);
    const [live] = listProposals(ctx, id);
    expect(live?.hints.length).toBeGreaterThan(0);
    if (live) decide(ctx, { proposalId: live.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
    closeMeeting(ctx, id, null);
    const [closed] = listProposals(ctx, id);
    expect(closed?.hints).toEqual([]);
    expect(closed?.household).toEqual(live?.household);
  });
});
