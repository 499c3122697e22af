import type { householdsContract } from '../../shared/api/households-contract';
import { createHousehold, editHousehold, getHousehold, removeHousehold, search } from '../services/households';
import { explainNik } from '../services/nik';
import type { Handlers } from './handler-types';

export const householdsHandlers: Handlers<keyof typeof householdsContract> = {
  'households.search': (ctx, input) => search(ctx, input),
  'households.get': (ctx, input) => getHousehold(ctx, input.id),
  'households.create': (ctx, input) => createHousehold(ctx, input),
  'households.update': (ctx, input) => editHousehold(ctx, input.id, input.household),
  'households.delete': (ctx, input) => removeHousehold(ctx, input.id),
  'nik.parse': (ctx, input) => explainNik(input.nik, ctx.now()),
};
