import type { auditContract } from '../../shared/api/audit-contract';
import { history, verifyAudit } from '../services/audit';
import type { Handlers } from './handler-types';

export const auditHandlers: Handlers<keyof typeof auditContract> = {
  'audit.history': (ctx, input) => history(ctx, input),
  'audit.verify': (ctx) => verifyAudit(ctx),
};
