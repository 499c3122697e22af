import { z } from 'zod';
import {
  HouseholdInputSchema, HouseholdSchema, SearchInputSchema, SearchResultSchema,
} from '../household/schema';
import { SettingsInputSchema, SettingsSchema, VillageSchema } from '../settings/schema';
import { NikInfoSchema } from '../identity/nik-schema';
import { meetingContract } from './meeting-contract';
import { packageContract } from './package-contract';

const Id = z.object({ id: z.number().int().positive() });
const Nothing = z.object({}).strict();

/** The one API: every door (IPC, HTTP, CLI) serves exactly these channels. */
export const contract = {
  ...meetingContract,
  ...packageContract,
  'app.info': {
    input: Nothing,
    output: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'cli']) }),
  },
  'settings.get': { input: Nothing, output: SettingsSchema.nullable() },
  'settings.save': { input: SettingsInputSchema, output: SettingsSchema },
  'region.searchVillages': {
    input: z.object({ query: z.string().max(60), limit: z.number().int().min(1).max(100) }),
    output: z.array(VillageSchema),
  },
  'nik.parse': { input: z.object({ nik: z.string().max(40) }), output: NikInfoSchema },
  'households.search': { input: SearchInputSchema, output: SearchResultSchema },
  'households.get': { input: Id, output: HouseholdSchema },
  'households.create': { input: HouseholdInputSchema, output: HouseholdSchema },
  'households.update': { input: z.object({ id: z.number().int().positive(), household: HouseholdInputSchema }), output: HouseholdSchema },
  'households.delete': { input: Id, output: Id },
  'demo.fill': {
    input: z.object({ households: z.number().int().min(1).max(200_000), seed: z.number().int().min(0).max(2 ** 32 - 1) }),
    output: z.object({ households: z.number().int(), members: z.number().int(), meetings: z.number().int() }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
