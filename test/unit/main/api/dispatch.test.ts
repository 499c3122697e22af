import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_DIR_NAME, LOG_FILE_NAME } from '../../../../main/app/error-log';
import { createHousehold } from '../../../../main/services/households';
import { dispatch } from '../../../../main/api/dispatch';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold } from '../../../fixtures/households';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
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

describe('dispatch: unexpected failures', () => {
  it('answer INTERNAL with a code that is also in the data folder\'s log, which holds no personal data', async () => {
    const created = createHousehold(ctx, aHousehold());
    // A row no service would write: the mapping refuses it, which is a defect, not the user's mistake.
    ctx.db.prepare("UPDATE members SET relationship = 'BUKAN_KODE' WHERE household_id = ?").run(created.id);
    const result = await dispatch(ctx, 'households.get', { id: created.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const code = result.ok ? '' : (/Kode kesalahan: ([0-9A-F]{8})\.$/.exec(result.error.message)?.[1] ?? '');
    expect(code).toMatch(/^[0-9A-F]{8}$/);
    const log = readFileSync(join(ctx.dataDir, LOG_DIR_NAME, LOG_FILE_NAME), 'utf8');
    expect(JSON.parse(log.trim())).toMatchObject({ code, where: 'households.get', name: 'ZodError' });
    for (const m of created.members) {
      expect(log).not.toContain(m.nik);
      expect(log).not.toContain(m.name);
    }
    expect(log).not.toContain(created.noKk);
  });
});
