import type { rulesContract } from '../../shared/api/rules-contract';
import { addRuleSet, allRuleSets } from '../services/rules';
import type { Handlers } from './handler-types';

export const rulesHandlers: Handlers<keyof typeof rulesContract> = {
  'rules.list': (ctx) => allRuleSets(ctx),
  'rules.add': (ctx, input) => addRuleSet(ctx, input),
};
