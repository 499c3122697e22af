import { KEPMENSOS_79_2025, ruleSetFor } from '../../shared/rules/ruleset';
import type { RuleSet } from '../../shared/rules/ruleset';
import { ruleSetFromDb, ruleSetToDb } from '../db/rule-set-mapping';
import { insertRuleSet, selectRuleSets } from '../db/rule-set-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { writeTransaction } from '../db/write-transaction';

export function allRuleSets(ctx: ServiceContext): RuleSet[] {
  return [KEPMENSOS_79_2025, ...selectRuleSets(ctx.db).map(ruleSetFromDb)];
}

export function ruleSetOn(ctx: ServiceContext, date: string): RuleSet {
  return ruleSetFor(date, allRuleSets(ctx));
}

/** A newer decree arrives as data; it applies to meetings held on or after its date. */
export function addRuleSet(ctx: ServiceContext, rules: RuleSet): RuleSet[] {
  return writeTransaction(ctx.db, () => {
    if (allRuleSets(ctx).some((r) => r.code === rules.code)) throw new AppError('CONFLICT', `Aturan ${rules.code} sudah ada`, 'code');
    insertRuleSet(ctx.db, ruleSetToDb(rules), ctx.now().toISOString());
    record(ctx, { action: 'BUAT', entity: 'ATURAN', entityId: null, after: rules });
    return allRuleSets(ctx);
  });
}
