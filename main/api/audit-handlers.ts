import type { auditContract } from '../../shared/api/audit-contract';
import { auditHead, history, verifyAudit } from '../services/audit';
import type { Handlers } from './handler-types';

export const auditHandlers: Handlers<keyof typeof auditContract> = {
  'audit.history': (ctx, input) => history(ctx, input),
  'audit.verify': (ctx, input) => verifyAudit(ctx, input.expectHead),
  'audit.head': (ctx) => auditHead(ctx),
};
