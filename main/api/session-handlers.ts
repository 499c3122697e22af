import type { sessionContract } from '../../shared/api/session-contract';
import { sessionInfo, setOperator } from '../services/session';
import type { Handlers } from './handler-types';
import { APP_VERSION } from './version';

export const sessionHandlers: Handlers<keyof typeof sessionContract> = {
  'app.info': (ctx) => ({ version: APP_VERSION, dataDir: ctx.dataDir, mode: ctx.mode }),
  'session.get': (ctx) => sessionInfo(ctx),
  'session.setOperator': (ctx, input) => setOperator(ctx, input.name),
};
