import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import type { Migration } from '../../../../main/db/migrations/migration';
import { migrate, openDb, schemaVersion, useKey } from '../../../../main/db/open';

const KEY = randomBytes(32);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('bring a new file to the latest version with WAL, foreign keys and STRICT tables', () => {
    const db = openDb(join(dir, 'a.sqlite'), KEY);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('are idempotent when reopened', () => {
    openDb(join(dir, 'b.sqlite'), KEY).close();
    const db = openDb(join(dir, 'b.sqlite'), KEY);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuse a database written by a newer version, leaving it untouched', () => {
    const file = join(dir, 'newer.sqlite');
    const raw = new Database(file);
    useKey(raw, KEY);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDb(file, KEY)).toThrow(/versi Muskel yang lebih baru/);
    const check = new Database(file);
    useKey(check, KEY);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    check.close();
  });

  it('roll back every step of a run when one migration fails, SQL or function alike', () => {
    const db = new Database(join(dir, 'c.sqlite'));
    const createA: Migration = { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER) STRICT;' };
    const fillA: Migration = { version: 2, name: 'fill a', up: (d) => d.prepare('INSERT INTO a VALUES (?)').run(1) };
    const broken: Migration = { version: 3, name: 'broken', up: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, [createA, fillA, broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
    const throwing: Migration = { version: 3, name: 'throws', up: () => { throw new Error('stop'); } };
    expect(() => migrate(db, [createA, fillA, throwing])).toThrow('stop');
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
    migrate(db, [createA, fillA]);
    expect(db.prepare('SELECT x FROM a').pluck().all()).toEqual([1]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('are numbered 1..n in order, each with an upgrade test of its own', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    const source = readdirSync(join(import.meta.dirname, '..', '..', '..', '..', 'main', 'db', 'migrations')).filter((f) => /^\d{3}-.*\.ts$/.test(f));
    expect(source).toHaveLength(MIGRATIONS.length);
    const tests = readdirSync(join(import.meta.dirname, 'migrations'));
    expect(source.map((f) => f.replace(/\.ts$/, '.test.ts')).filter((t) => !tests.includes(t))).toEqual([]);
  });
});
