import { z } from 'zod';
import { LogoSchema, SettingsInputSchema, SettingsSchema, VillageSchema } from '../settings/schema';
import { Nothing } from './common-schemas';
import { RegencySchema } from '../office/schema';

/** The kelurahan this data folder belongs to, who signs for it, and its kop surat logo. */
export const settingsContract = {
  'settings.get': { input: Nothing, output: SettingsSchema.nullable() },
  'settings.save': { input: SettingsInputSchema, output: SettingsSchema },
  'settings.logo': { input: Nothing, output: LogoSchema.nullable() },
  'settings.setLogo': { input: z.object({ contentBase64: z.string().max(1_500_000, 'Logo paling besar 1 MB').nullable() }), output: SettingsSchema },
  'region.searchVillages': {
    input: z.object({ query: z.string().max(60), limit: z.number().int().min(1).max(100) }),
    output: z.array(VillageSchema),
  },
  'region.searchRegencies': {
    input: z.object({ query: z.string().max(60), limit: z.number().int().min(1).max(100) }),
    output: z.array(RegencySchema),
  },
} as const;
