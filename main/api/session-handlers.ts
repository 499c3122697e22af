import type { sessionContract } from '../../shared/api/session-contract';
import { sessionInfo, setOperator } from '../services/session';
import type { Handlers } from './handler-types';

export const sessionHandlers: Handlers<keyof typeof sessionContract> = {
  'session.get': (ctx) => sessionInfo(ctx),
  'session.setOperator': (ctx, input) => setOperator(ctx, input.name),
};
