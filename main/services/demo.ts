import { HouseholdInputSchema } from '../../shared/household/schema';
import type { SettingsInput } from '../../shared/settings/schema';
import { insertHousehold } from '../db/household-queries';
import { selectSettings, upsertSettings } from '../db/settings-queries';
import { DemoHouseholds } from '../demo/households';
import { AppError } from './app-error';
import type { ServiceContext } from './context';

export const DEMO_SETTINGS: SettingsInput = {
  kelurahanCode: '3573051004',
  lurahName: 'Drs. Bambang Suharyanto, M.Si.',
  lurahNip: '197104151998031007',
  secretaryName: 'Siti Nurhayati, S.Sos.',
  secretaryNip: '198209232009022004',
  officeAddress: 'Jl. MT Haryono Gg. 1 No. 2, Dinoyo, Kota Malang 65144',
};

/** Fills an empty register with synthetic households; every one passes the same schema a user's entry does. */
export function fillDemo(ctx: ServiceContext, options: { households: number; seed: number }): { households: number; members: number } {
  const existing = ctx.db.prepare('SELECT count(*) FROM households').pluck().get() as number;
  if (existing > 0) {
    throw new AppError('CONFLICT', `Folder data sudah berisi ${existing} keluarga. Data demo hanya diisikan ke folder data yang kosong.`);
  }
  return ctx.db.transaction(() => {
    let settings = selectSettings(ctx.db);
    if (!settings) {
      upsertSettings(ctx.db, DEMO_SETTINGS, ctx.now().toISOString());
      settings = DEMO_SETTINGS;
    }
    const demo = new DemoHouseholds(options.seed, settings.kelurahanCode, new Date(Date.UTC(2026, 10, 28)));
    const now = ctx.now().toISOString();
    let members = 0;
    for (let i = 0; i < options.households; i++) {
      const household = HouseholdInputSchema.parse(demo.next());
      members += household.members.length;
      insertHousehold(ctx.db, household, now);
    }
    return { households: options.households, members };
  })();
}
