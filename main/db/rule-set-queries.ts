import type { Db } from './open';
import type { RuleSetDbRow } from './rule-set-mapping';

export function selectRuleSets(db: Db): RuleSetDbRow[] {
  return db.prepare('SELECT code, valid_from, body FROM rule_sets ORDER BY valid_from').all() as RuleSetDbRow[];
}

export function insertRuleSet(db: Db, row: RuleSetDbRow, now: string): void {
  db.prepare('INSERT INTO rule_sets (code, valid_from, body, added_at) VALUES (@code, @valid_from, @body, @now)').run({ ...row, now });
}
