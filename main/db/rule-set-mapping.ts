import { RuleSetSchema } from '../../shared/rules/ruleset';
import type { RuleSet } from '../../shared/rules/ruleset';

export interface RuleSetDbRow {
  code: string;
  valid_from: string;
  /** The whole rule set as JSON, as it was added. */
  body: string;
}

export function ruleSetFromDb(row: RuleSetDbRow): RuleSet {
  return RuleSetSchema.parse(JSON.parse(row.body));
}

export function ruleSetToDb(rules: RuleSet): RuleSetDbRow {
  return { code: rules.code, valid_from: rules.validFrom, body: JSON.stringify(rules) };
}
