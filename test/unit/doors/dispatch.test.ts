import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { tempContext } from '../../fixtures/context';
import type { TestContext } from '../../fixtures/context';
import { aHousehold } from '../../fixtures/households';

let ctx: TestContext;
beforeEach(() => {
  ctx = tempContext();
});
afterEach(() => ctx.cleanup());

describe('dispatch', () => {
  it.each([
    ['not a channel', {}],
    [42, {}],
    [null, {}],
    ['constructor', {}],
    ['toString', {}],
  ])('refuses channel %j', async (channel, input) => {
    const result = await dispatch(ctx, channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it.each([
    ['households.create', 'a string'],
    ['households.create', [1, 2, 3]],
    ['households.create', { ...aHousehold(), members: 'semua' }],
    ['households.get', { id: '1 OR 1=1' }],
    ['households.get', { id: -1 }],
    ['households.search', { query: 'x'.repeat(1000), offset: 0, limit: 10 }],
    ['households.search', { query: 'a', offset: 0, limit: 1_000_000 }],
    ['settings.get', { unexpected: true }],
  ])('refuses a hostile %s payload without touching the database', async (channel, input) => {
    const result = await dispatch(ctx, channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Isian tidak valid/);
    expect(ctx.db.prepare('SELECT count(*) FROM households').pluck().get()).toBe(0);
  });

  it('does not let __proto__ in a payload reach the service', async () => {
    const payload = JSON.parse(`{"query":"","offset":0,"limit":5,"__proto__":{"polluted":true}}`) as unknown;
    const result = await dispatch(ctx, 'households.search', payload);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('creates through the contract and answers with the stored household', async () => {
    const result = await dispatch(ctx, 'households.create', aHousehold());
    expect(result).toMatchObject({ ok: true, value: { members: [{ name: 'Budi Santoso' }, {}, {}] } });
  });
});
