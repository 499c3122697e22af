import { z } from 'zod';
import { CityProposalDetailSchema, CityProposalFilterSchema, CityProposalPageSchema, INBOX_DOCUMENTS } from '../inbox/city-proposals';
import { InboxAddRequestSchema, InboxJobSchema, InboxPackageSchema, TrustKeyInputSchema, TrustedKeySchema } from '../inbox/schema';
import { Id, Nothing, id } from './common-schemas';

const FileContent = z.object({ mime: z.string(), contentBase64: z.string() });

/** Dinsos: the kelurahan keys it trusts, packages from every kelurahan into the city register, and that register. */
export const inboxContract = {
  'kelurahanKeys.list': { input: Nothing, output: z.array(TrustedKeySchema) },
  'kelurahanKeys.trust': { input: TrustKeyInputSchema, output: TrustedKeySchema },
  'inbox.start': { input: InboxAddRequestSchema, output: InboxJobSchema },
  'inbox.job': { input: z.object({ id: z.string().max(64) }), output: InboxJobSchema },
  'inbox.cancel': { input: z.object({ id: z.string().max(64) }), output: InboxJobSchema },
  'inbox.list': { input: Nothing, output: z.array(InboxPackageSchema) },
  'cityProposals.list': { input: CityProposalFilterSchema, output: CityProposalPageSchema },
  'cityProposals.get': { input: Id, output: CityProposalDetailSchema },
  'inbox.document': { input: z.object({ packageId: id, document: z.enum(INBOX_DOCUMENTS) }), output: FileContent },
  'cityEvidence.read': { input: Id, output: FileContent },
} as const;
