import type { Db } from './open';

export function selectRuleSetBodies(db: Db): string[] {
  return db.prepare('SELECT body FROM rule_sets ORDER BY valid_from').pluck().all() as string[];
}

export function insertRuleSet(db: Db, code: string, validFrom: string, body: string, now: string): void {
  db.prepare('INSERT INTO rule_sets (code, valid_from, body, added_at) VALUES (?, ?, ?, ?)').run(code, validFrom, body, now);
}
