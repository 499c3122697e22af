import { HouseholdInputSchema } from '../../shared/household/schema';
import type { SettingsInput } from '../../shared/settings/schema';
import { countHouseholds, insertHousehold, selectMemberIds } from '../db/household-queries';
import { DemoHouseholds } from '../demo/households';
import { demoAttendees, demoMeeting, demoProposals } from '../demo/meetings';
import type { DemoHouseholdFacts } from '../demo/meetings';
import { Random } from '../demo/random';
import { AppError } from './app-error';
import { record } from './audit';
import { addAttendee } from './attendance';
import type { ServiceContext } from './context';
import { closeMeeting, createMeeting, startMeeting } from './meetings';
import { addProposal, decide } from './proposals';
import { saveSettings, storedSettings } from './settings';
import { writeTransaction } from '../db/write-transaction';

export const DEMO_SETTINGS: SettingsInput = {
  kelurahanCode: '3573051004',
  lurahName: 'Drs. Bambang Suharyanto, M.Si.',
  lurahNip: '197104151998031007',
  secretaryName: 'Siti Nurhayati, S.Sos.',
  secretaryNip: '198209232009022004',
  officeAddress: 'Jl. MT Haryono Gg. 1 No. 2, Dinoyo, Kota Malang 65144',
  nikDisplay: 'FULL',
  paperSize: 'A4',
};

const DEMO_TODAY = new Date(Date.UTC(2026, 10, 28));

function fillHouseholds(ctx: ServiceContext, settings: SettingsInput, count: number, seed: number): { facts: DemoHouseholdFacts[]; members: number } {
  return writeTransaction(ctx.db, () => {
    const demo = new DemoHouseholds(seed, settings.kelurahanCode, DEMO_TODAY);
    const now = ctx.now().toISOString();
    const facts: DemoHouseholdFacts[] = [];
    let members = 0;
    for (let i = 0; i < count; i++) {
      const household = HouseholdInputSchema.parse(demo.next());
      members += household.members.length;
      const id = insertHousehold(ctx.db, household, now);
      record(ctx, { action: 'BUAT', entity: 'KELUARGA', entityId: id, householdId: id, after: household });
      if (facts.length < 400) {
        const memberIds = selectMemberIds(ctx.db, id);
        facts.push({ id, desil: household.desil, programs: household.programs, memberIds });
      }
    }
    return { facts, members };
  });
}

/** Runs a meeting through the same services the app uses, so the demo also fills the audit trail. */
async function fillMeeting(ctx: ServiceContext, settings: SettingsInput, random: Random, facts: DemoHouseholdFacts[], plan: { date: string; number: number; proposals: number; decided: number; close: boolean }) {
  const meeting = await createMeeting(ctx, demoMeeting(settings, plan.date, plan.number, 'Aula Kantor Kelurahan Dinoyo'));
  for (const attendee of demoAttendees(random, settings)) addAttendee(ctx, meeting.id, attendee);
  startMeeting(ctx, meeting.id);
  for (const p of demoProposals(random, facts, plan.proposals, plan.decided)) {
    const added = addProposal(ctx, meeting.id, p.proposal);
    if (p.decision) decide(ctx, { proposalId: added.id, decision: p.decision, groundcheck: p.groundcheck, note: p.note });
  }
  if (plan.close) closeMeeting(ctx, meeting.id, null);
  return meeting.id;
}

/** Fills an empty register with synthetic households and two meetings; every row passes the same checks a user's entry does. */
export async function fillDemo(ctx: ServiceContext, options: { households: number; seed: number }): Promise<{ households: number; members: number; meetings: number }> {
  const existing = countHouseholds(ctx.db);
  if (existing > 0) {
    throw new AppError('CONFLICT', `Folder data sudah berisi ${existing} keluarga. Data demo hanya diisikan ke folder data yang kosong.`);
  }
  ctx.session.operator ??= 'Data demo';
  const { hasLogo: _hasLogo, ...stored } = storedSettings(ctx) ?? { ...DEMO_SETTINGS, hasLogo: false };
  const settings: SettingsInput = stored;
  await saveSettings(ctx, settings);
  const { facts, members } = fillHouseholds(ctx, settings, options.households, options.seed);
  let meetings = 0;
  if (facts.length >= 60) {
    const random = new Random(options.seed + 1);
    await fillMeeting(ctx, settings, random, facts, { date: '2026-08-27', number: 87, proposals: 36, decided: 36, close: true });
    await fillMeeting(ctx, settings, random, facts, { date: '2026-11-28', number: 131, proposals: 14, decided: 3, close: false });
    meetings = 2;
  }
  return { households: options.households, members, meetings };
}
