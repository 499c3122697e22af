import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../main/services/app-error';
import { createHousehold, editHousehold, getHousehold, removeHousehold, search } from '../../../../main/services/households';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember, memberInputOf } from '../../../fixtures/households';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function conflict(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('households service', () => {
  it('stores a family with its members, programmes and housing facts', () => {
    const input = aHousehold();
    const saved = createHousehold(ctx, input);
    expect(saved.members.map((m) => m.name)).toEqual(['Budi Santoso', 'Siti Aminah', 'Rizky Santoso']);
    expect(saved.programs).toEqual(['PKH']);
    expect(saved.housing.lighting).toBe('PLN_450');
    expect(saved.createdAt).toBe('2026-11-28T02:00:00.000Z');
    expect(count('members')).toBe(3);
    expect(ctx.db.prepare('SELECT rt, rw, desil FROM households').get()).toEqual({ rt: 3, rw: 5, desil: 2 });
  });

  it('refuses a NIK that belongs to another family, naming that family, and writes nothing', () => {
    const first = createHousehold(ctx, aHousehold());
    const taken = first.members[1]?.nik ?? '';
    const error = conflict(() => createHousehold(ctx, aHousehold({ members: [aMember(), { ...aMember({ sex: 'P', birthDate: '1984-09-02', relationship: 'ISTRI' }), nik: taken }] })));
    expect(error.code).toBe('CONFLICT');
    expect(error.field).toBe('members.1.nik');
    expect(error.message).toContain(first.noKk);
    expect(error.message).toContain('Budi Santoso');
    expect(count('households')).toBe(1);
    expect(count('members')).toBe(3);
  });

  it('refuses a second family with the same No. KK', () => {
    const first = createHousehold(ctx, aHousehold());
    const error = conflict(() => createHousehold(ctx, aHousehold({ noKk: first.noKk })));
    expect(error.field).toBe('noKk');
    expect(count('households')).toBe(1);
  });

  it('edits a family, keeping member ids for unchanged NIKs', () => {
    const saved = createHousehold(ctx, aHousehold());
    const [head, wife] = saved.members;
    if (!head || !wife) throw new Error('fixture');
    const headInput = memberInputOf(head);
    const wifeInput = memberInputOf(wife);
    const edited = editHousehold(ctx, saved.id, {
      ...aHousehold({ noKk: saved.noKk, desil: 5, programs: ['SEMBAKO', 'PBI_JK'] }),
      members: [{ ...headInput, name: 'Budi Santosa' }, wifeInput],
    });
    expect(edited.members.map((m) => [m.id, m.name])).toEqual([[head.id, 'Budi Santosa'], [wife.id, 'Siti Aminah']]);
    expect(edited.programs).toEqual(['PBI_JK', 'SEMBAKO']);
    expect(count('members')).toBe(2);
    expect(search(ctx, { query: 'santosa', offset: 0, limit: 10 }).total).toBe(1);
    expect(search(ctx, { query: 'rizky', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('deletes a family with its members and says so when it is gone', () => {
    const saved = createHousehold(ctx, aHousehold());
    expect(removeHousehold(ctx, saved.id)).toEqual({ id: saved.id });
    expect(count('members')).toBe(0);
    expect(count('members_fts')).toBe(0);
    expect(conflict(() => getHousehold(ctx, saved.id)).code).toBe('NOT_FOUND');
    expect(conflict(() => removeHousehold(ctx, saved.id)).code).toBe('NOT_FOUND');
  });
});

describe('household search', () => {
  beforeEach(() => {
    createHousehold(ctx, aHousehold({ rt: 1, rw: 2 }));
    createHousehold(ctx, aHousehold({ rt: 3, rw: 5, members: [aMember({ name: 'Sri Wahyuni', sex: 'P', birthDate: '1970-03-03' })] }));
    createHousehold(ctx, aHousehold({ rt: 3, rw: 6, members: [aMember({ name: 'Joko Susilo' }), aMember({ name: 'Sri Lestari', sex: 'P', birthDate: '1999-12-31', relationship: 'ANAK' })] }));
  });

  const q = (query: string) => search(ctx, { query, offset: 0, limit: 50 });

  it('lists everything, ordered by RW then RT', () => {
    const result = q('');
    expect(result.total).toBe(3);
    expect(result.rows.map((r) => [r.rt, r.rw])).toEqual([[1, 2], [3, 5], [3, 6]]);
  });

  it('finds by name prefix and says which member matched when it is not the head', () => {
    const result = q('sri');
    expect(result.rows.map((r) => r.headName)).toEqual(['Sri Wahyuni', 'Joko Susilo']);
    expect(result.rows.map((r) => r.matchedMember)).toEqual([null, 'Sri Lestari']);
    expect(q('sri les').total).toBe(1);
    expect(q('wahy').total).toBe(1);
  });

  it('finds by NIK prefix and by No. KK prefix', () => {
    const household = q('joko').rows[0];
    if (!household) throw new Error('fixture');
    const child = getHousehold(ctx, household.id).members[1];
    expect(q(child?.nik ?? '').rows.map((r) => r.matchedMember)).toEqual(['Sri Lestari']);
    expect(q(household.noKk).rows.map((r) => r.id)).toEqual([household.id]);
    expect(q('3573').total).toBe(3);
  });

  it('finds by RT/RW in the ways people write it', () => {
    expect(q('RT 3 RW 5').rows.map((r) => r.headName)).toEqual(['Sri Wahyuni']);
    expect(q('003/006').rows.map((r) => r.headName)).toEqual(['Joko Susilo']);
    expect(q('rt 3').total).toBe(2);
    expect(q('rw 2').total).toBe(1);
  });

  it('pages through results with a stable total', () => {
    const first = search(ctx, { query: '', offset: 0, limit: 2 });
    const second = search(ctx, { query: '', offset: 2, limit: 2 });
    expect(first.total).toBe(3);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toHaveLength(3);
  });

  it('treats FTS operators in the box as plain words', () => {
    expect(() => q('"budi" OR NEAR(')).not.toThrow();
    expect(q('budi*').total).toBe(1);
  });

  it('uses the indexes it was built for', () => {
    const plan = (sql: string) => (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT household_id FROM members WHERE nik >= '3573' AND nik < '3573:'")).toContain('COVERING INDEX members_nik_household');
    expect(plan('SELECT id FROM households WHERE rw = 5 AND rt = 3')).toContain('households_rw_rt');
  });
});
