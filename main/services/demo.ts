import { HouseholdInputSchema } from '../../shared/household/schema';
import type { Settings, SettingsInput } from '../../shared/settings/schema';
import { countHouseholds, insertHousehold, selectMemberIds } from '../db/household-queries';
import { DemoHouseholds } from '../demo/households';
import type { DemoHouseholdsOptions } from '../demo/households';
import { demoAttendees, demoMeeting, demoProposals } from '../demo/meetings';
import type { DemoHouseholdFacts } from '../demo/meetings';
import { nikRegionsAround } from '../demo/names';
import { demoKelurahanSettings } from '../demo/officials';
import { Random } from '../demo/random';
import { AppError } from './app-error';
import { record } from './audit';
import { addAttendee } from './attendance';
import type { ServiceContext } from './context';
import { closeMeeting, createMeeting, startMeeting } from './meetings';
import { addProposal, decide } from './proposals';
import { villagesOf } from './regions';
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

function fillHouseholds(ctx: ServiceContext, kelurahanCode: string, count: number, seed: number, options: DemoHouseholdsOptions): { facts: DemoHouseholdFacts[]; members: number } {
  return writeTransaction(ctx.db, () => {
    const demo = new DemoHouseholds(seed, kelurahanCode, DEMO_TODAY, options);
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
async function fillMeeting(ctx: ServiceContext, settings: Settings, random: Random, facts: DemoHouseholdFacts[], plan: { date: string; number: number; proposals: number; decided: number; close: boolean }) {
  const meeting = await createMeeting(ctx, demoMeeting(settings, plan.date, plan.number, `Aula Kantor Kelurahan ${settings.village.name}`));
  for (const attendee of demoAttendees(random, settings)) addAttendee(ctx, meeting.id, attendee);
  startMeeting(ctx, meeting.id);
  for (const p of demoProposals(random, facts, plan.proposals, plan.decided)) {
    const added = addProposal(ctx, meeting.id, p.proposal);
    if (p.decision) decide(ctx, { proposalId: added.id, decision: p.decision, groundcheck: p.groundcheck, note: p.note });
  }
  if (plan.close) closeMeeting(ctx, meeting.id, null);
  return meeting.id;
}

const DEMO_REGENCY = '3573';

/** How one folder's demo data is made: its settings (unless the folder has some), the seed, and the NIK and No. KK shape. */
interface DemoPlan {
  settings: SettingsInput;
  seed: number;
  households: DemoHouseholdsOptions;
}

/** FNV-1a: a kelurahan's code moves the seed, so two kelurahan filled with the same seed get different families. */
function codeHash(code: string): number {
  let hash = 0x811c9dc5;
  for (const char of code) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/**
 * A plan for any kelurahan of Kota Malang. Its place in the city's list (1-57) tags every NIK and No. KK serial, so
 * folders of different kelurahan can go into one Dinsos register without a shared number.
 */
async function kelurahanPlan(code: string, seed: number): Promise<DemoPlan> {
  const villages = [...(await villagesOf(DEMO_REGENCY))].sort((a, b) => a.code.localeCompare(b.code));
  const index = villages.findIndex((v) => v.code === code);
  const village = villages[index];
  if (!village) {
    throw new AppError('INVALID_INPUT', `Kode ${code} bukan kelurahan di Kota Malang. Data demo hanya dapat dibuat untuk ${villages.length} kelurahan Kota Malang (kode diawali ${DEMO_REGENCY}).`, 'kelurahan');
  }
  const mixed = (seed ^ codeHash(code)) >>> 0;
  return {
    settings: demoKelurahanSettings(village, new Random(mixed + 2)),
    seed: mixed,
    households: { nikRegions: nikRegionsAround(village.districtCode), serialTag: index + 1 },
  };
}

/**
 * Fills an empty register with synthetic households and two meetings; every row passes the same checks a user's entry
 * does. Without `kelurahan` the data is Kelurahan Dinoyo's (or the kelurahan already set up in the folder).
 */
export async function fillDemo(
  ctx: ServiceContext,
  options: { households: number; seed: number; kelurahan?: string | undefined },
): Promise<{ households: number; members: number; meetings: number }> {
  const plan: DemoPlan = options.kelurahan === undefined ? { settings: DEMO_SETTINGS, seed: options.seed, households: {} } : await kelurahanPlan(options.kelurahan, options.seed);
  const existing = countHouseholds(ctx.db);
  if (existing > 0) {
    throw new AppError('CONFLICT', `Folder data sudah berisi ${existing} keluarga. Data demo hanya diisikan ke folder data yang kosong.`);
  }
  const stored = storedSettings(ctx);
  if (stored && options.kelurahan !== undefined && stored.kelurahanCode !== options.kelurahan) {
    throw new AppError('CONFLICT', `Folder data ini sudah disiapkan untuk kelurahan ${stored.kelurahanCode}. Data demo kelurahan ${options.kelurahan} diisikan ke folder data baru.`);
  }
  ctx.session.operator ??= 'Data demo';
  const { hasLogo: _hasLogo, ...input } = stored ?? { ...plan.settings, hasLogo: false };
  const settings = await saveSettings(ctx, input);
  const { facts, members } = fillHouseholds(ctx, settings.kelurahanCode, options.households, plan.seed, plan.households);
  let meetings = 0;
  if (facts.length >= 60) {
    const random = new Random(plan.seed + 1);
    await fillMeeting(ctx, settings, random, facts, { date: '2026-08-27', number: 87, proposals: 36, decided: 36, close: true });
    await fillMeeting(ctx, settings, random, facts, { date: '2026-11-28', number: 131, proposals: 14, decided: 3, close: false });
    meetings = 2;
  }
  return { households: options.households, members, meetings };
}
