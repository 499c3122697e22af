import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHousehold } from '../../../../main/services/households';
import { homeOverview } from '../../../../main/services/home';
import { closeMeeting, createMeeting, startMeeting } from '../../../../main/services/meetings';
import { worklist } from '../../../../main/services/worklist';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold } from '../../../fixtures/households';
import { aMeeting, withSettings } from '../../../fixtures/meetings';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

const held = async (date: string, close: boolean) => {
  const meeting = await createMeeting(ctx, aMeeting({ date, letterNumber: `400.9/${date}/35.73.05.1004/2026` }));
  startMeeting(ctx, meeting.id);
  if (close) closeMeeting(ctx, meeting.id, null);
  return meeting.id;
};

// The clock reads 28 November 2026, 09.00 WIB (test/fixtures/clock.ts).
describe('the landing screen', () => {
  it('says a meeting is due now while none has been held, a draft not counting', async () => {
    await createMeeting(ctx, aMeeting({ date: '2026-12-10' }));
    expect(homeOverview(ctx)).toEqual({ lastMeeting: null, nextMeeting: { state: 'NO_MEETING_YET' }, familiesToCheck: 0 });
  });

  it('counts three months from the last meeting held and says how long ago that ran out', async () => {
    await held('2026-05-20', true);
    const august = await held('2026-08-27', true);
    expect(homeOverview(ctx)).toMatchObject({
      lastMeeting: { id: august, date: '2026-08-27', status: 'SELESAI' },
      nextMeeting: { state: 'OVERDUE', dueDate: '2026-11-27', daysOverdue: 1 },
    });
  });

  it('starts counting again from a meeting running today', async () => {
    await held('2026-08-27', true);
    const today = await held('2026-11-28', false);
    expect(homeOverview(ctx)).toMatchObject({
      lastMeeting: { id: today, date: '2026-11-28', status: 'BERLANGSUNG' },
      nextMeeting: { state: 'ON_TIME', dueDate: '2027-02-28', daysLeft: 92 },
    });
  });

  it('counts families waiting on the Daftar periksa once each, whatever the number of reasons', () => {
    createHousehold(ctx, aHousehold({ desil: 5, programs: ['PKH', 'SEMBAKO'] }));
    createHousehold(ctx, aHousehold({ desil: 7, programs: ['SEMBAKO'] }));
    createHousehold(ctx, aHousehold({ desil: 4, programs: ['PKH', 'SEMBAKO', 'PBI_JK'] }));
    expect(worklist(ctx).items.length).toBeGreaterThan(2);
    expect(homeOverview(ctx).familiesToCheck).toBe(2);
  });
});
