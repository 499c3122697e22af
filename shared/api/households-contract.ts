import { z } from 'zod';
import { HouseholdInputSchema, HouseholdSchema, SearchInputSchema, SearchResultSchema } from '../household/schema';
import { NikInfoSchema } from '../identity/nik-schema';
import { Id, id } from './common-schemas';

/** The register of families and their members, and what a NIK says. */
export const householdsContract = {
  'households.search': { input: SearchInputSchema, output: SearchResultSchema },
  'households.get': { input: Id, output: HouseholdSchema },
  'households.create': { input: HouseholdInputSchema, output: HouseholdSchema },
  'households.update': { input: z.object({ id, household: HouseholdInputSchema }), output: HouseholdSchema },
  'households.delete': { input: Id, output: Id },
  'nik.parse': { input: z.object({ nik: z.string().max(40) }), output: NikInfoSchema },
} as const;
