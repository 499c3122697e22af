import type { demoContract } from '../../shared/api/demo-contract';
import { fillDemo } from '../services/demo';
import type { Handlers } from './handler-types';

export const demoHandlers: Handlers<keyof typeof demoContract> = {
  'demo.fill': (ctx, input) => fillDemo(ctx, input),
};
