import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import type { ServiceContext } from '../../main/services/context';
import { search } from '../../main/services/households';
import { DB_FILE_NAME, useKey } from '../../main/db/open';
import { Random } from '../../main/demo/random';
import { measure, ms } from './stats';

interface Case {
  kind: string;
  queries: string[];
  /** The same question asked in plain SQL on the same file, outside the app: the baseline. */
  raw: (query: string) => unknown;
}

function cases(db: Database.Database, random: Random): Case[] {
  const members = db.prepare('SELECT nik, name FROM members ORDER BY random() LIMIT 400').all() as { nik: string; name: string }[];
  const pick = () => random.pick(members);
  const names = Array.from({ length: 40 }, () => {
    const words = pick().name.toLowerCase().split(' ');
    return random.chance(0.5) ? (words[0] ?? '').slice(0, random.int(3, 5)) : words.join(' ');
  });
  const niks = Array.from({ length: 40 }, () => pick().nik.slice(0, random.int(8, 16)));
  const rtrw = Array.from({ length: 40 }, () => `RT ${random.int(1, 12)} RW ${random.int(1, 9)}`);
  // Same answer as the list needs (total + first 100 households in RW/RT order), in one plain statement.
  const page = (hits: string) =>
    db.prepare(`WITH hit AS (${hits}) SELECT (SELECT count(*) FROM hit) AS total, h.id, h.no_kk, h.address
                FROM hit JOIN households h ON h.id = hit.id ORDER BY h.rw, h.rt, h.id LIMIT 100`);
  const fts = page('SELECT DISTINCT m.household_id AS id FROM members_fts f JOIN members m ON m.id = f.rowid WHERE members_fts MATCH ?');
  const nik = page("SELECT DISTINCT household_id AS id FROM members WHERE nik >= @p AND nik < @p || ':'");
  const rt = page('SELECT id FROM households WHERE rw = ? AND rt = ?');
  return [
    { kind: 'nama', queries: names, raw: (q) => fts.all(q.split(' ').map((w) => `"${w}"*`).join(' ')) },
    { kind: 'awalan NIK', queries: niks, raw: (q) => nik.all({ p: q }) },
    {
      kind: 'RT/RW',
      queries: rtrw,
      raw: (q) => {
        const [, r, w] = /RT (\d+) RW (\d+)/.exec(q) ?? [];
        return rt.all(Number(w), Number(r));
      },
    },
  ];
}

/** Search as the list asks for it (first page of 100) against raw SQL on the same file. */
export function benchSearch(ctx: ServiceContext, rounds: number): { kind: string; p50: number; p95: number; rawP95: number }[] {
  const raw = new Database(join(ctx.dataDir, DB_FILE_NAME), { readonly: true });
  useKey(raw, ctx.dataKey);
  try {
    return cases(raw, new Random(42)).map((c) => {
      const app = measure(c.queries, rounds, (q) => search(ctx, { query: q, offset: 0, limit: 100 }));
      const base = measure(c.queries, rounds, (q) => c.raw(q));
      console.log(
        `  ${c.kind.padEnd(11)} muskel p50 ${ms(app.p50)}  p95 ${ms(app.p95)}  |  SQL mentah p50 ${ms(base.p50)}  p95 ${ms(base.p95)}  |  rasio p95 ${(app.p95 / base.p95).toFixed(1)}x  ${app.p95 < 15 ? 'OK (< 15 ms)' : 'MELEBIHI TARGET 15 ms'}`,
      );
      return { kind: c.kind, p50: app.p50, p95: app.p95, rawP95: base.p95 };
    });
  } finally {
    raw.close();
  }
}
