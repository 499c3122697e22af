import type { inboxContract } from '../../shared/api/inbox-contract';
import { listCityProposals } from '../services/inbox/city-proposals';
import { getCityProposal, readCityEvidence, readInboxDocument } from '../services/inbox/city-files';
import { cancelInbox, inboxJob, listInbox, startInbox } from '../services/inbox/inbox';
import { listTrustedKeys, trustKey } from '../services/inbox/trusted-keys';
import type { Handlers } from './handler-types';

export const inboxHandlers: Handlers<keyof typeof inboxContract> = {
  'kelurahanKeys.list': (ctx) => listTrustedKeys(ctx),
  'kelurahanKeys.trust': (ctx, input) => trustKey(ctx, input),
  'inbox.start': (ctx, input) => startInbox(ctx, input),
  'inbox.job': (ctx, input) => inboxJob(ctx, input.id),
  'inbox.cancel': (ctx, input) => cancelInbox(ctx, input.id),
  'inbox.list': (ctx) => listInbox(ctx),
  'cityProposals.list': (ctx, input) => listCityProposals(ctx, input),
  'cityProposals.get': (ctx, input) => getCityProposal(ctx, input.id),
  'inbox.document': (ctx, input) => readInboxDocument(ctx, input.packageId, input.document),
  'cityEvidence.read': (ctx, input) => readCityEvidence(ctx, input.id),
};
