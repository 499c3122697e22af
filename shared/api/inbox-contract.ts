import { z } from 'zod';
import { CityProposalFilterSchema, CityProposalPageSchema } from '../inbox/city-proposals';
import { InboxAddRequestSchema, InboxJobSchema, InboxPackageSchema, TrustKeyInputSchema, TrustedKeySchema } from '../inbox/schema';
import { Nothing } from './common-schemas';

/** Dinsos: the kelurahan keys it trusts, packages from every kelurahan into the city register, and that register. */
export const inboxContract = {
  'kelurahanKeys.list': { input: Nothing, output: z.array(TrustedKeySchema) },
  'kelurahanKeys.trust': { input: TrustKeyInputSchema, output: TrustedKeySchema },
  'inbox.start': { input: InboxAddRequestSchema, output: InboxJobSchema },
  'inbox.job': { input: z.object({ id: z.string().max(64) }), output: InboxJobSchema },
  'inbox.list': { input: Nothing, output: z.array(InboxPackageSchema) },
  'cityProposals.list': { input: CityProposalFilterSchema, output: CityProposalPageSchema },
} as const;
