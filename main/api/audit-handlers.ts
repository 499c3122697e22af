import type { auditContract } from '../../shared/api/audit-contract';
import { auditHead, cityProposalHistory, history, verifyAudit } from '../services/audit';
import type { Handlers } from './handler-types';

export const auditHandlers: Handlers<keyof typeof auditContract> = {
  'audit.history': (ctx, input) => ('cityProposalId' in input ? cityProposalHistory(ctx, input.cityProposalId) : history(ctx, input)),
  'audit.verify': (ctx, input) => verifyAudit(ctx, input.expectHead),
  'audit.head': (ctx) => auditHead(ctx),
};
