import { z } from 'zod';
import { RuleSetSchema } from '../rules/ruleset';
import { Nothing } from './common-schemas';

/** Eligibility rule sets (desil thresholds per programme), one per decree. */
export const rulesContract = {
  'rules.list': { input: Nothing, output: z.array(RuleSetSchema) },
  'rules.add': { input: RuleSetSchema, output: z.array(RuleSetSchema) },
} as const;
