import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open';

type Statement = Database.Statement;
const statements = new WeakMap<Db, Map<string, Statement>>();

/** For statements run hundreds of thousands of times (an import): each is prepared once per connection. */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
