import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { DEMO_SETTINGS } from '../../../../main/services/demo';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

describe('settings', () => {
  it('is empty on first run, then holds the kelurahan with its official names', async () => {
    expect(await dispatch(ctx, 'settings.get', {})).toEqual({ ok: true, value: null });
    const saved = await dispatch(ctx, 'settings.save', DEMO_SETTINGS);
    expect(saved).toMatchObject({ ok: true, value: { lurahName: DEMO_SETTINGS.lurahName, village: { name: 'Dinoyo', districtName: 'Lowokwaru' } } });
    expect(await dispatch(ctx, 'settings.get', {})).toEqual(saved);
  });

  it('prints on A4 unless the office chooses F4, and keeps that choice', async () => {
    const { paperSize: _default, ...withoutPaper } = DEMO_SETTINGS;
    expect(await dispatch(ctx, 'settings.save', withoutPaper)).toMatchObject({ ok: true, value: { paperSize: 'A4' } });
    expect(await dispatch(ctx, 'settings.save', { ...DEMO_SETTINGS, paperSize: 'F4' })).toMatchObject({ ok: true, value: { paperSize: 'F4' } });
    expect(await dispatch(ctx, 'settings.get', {})).toMatchObject({ ok: true, value: { paperSize: 'F4', nikDisplay: 'FULL' } });
    expect(ctx.db.prepare('SELECT paper_size FROM settings').pluck().get()).toBe('F4');
    expect(await dispatch(ctx, 'settings.save', { ...DEMO_SETTINGS, paperSize: 'Letter' })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', field: 'paperSize', message: expect.stringContaining('Pilih ukuran kertas A4 atau F4') },
    });
    expect(ctx.db.prepare('SELECT paper_size FROM settings').pluck().get()).toBe('F4');
  });

  it('refuses a code that is not a Kemendagri kelurahan, and a short NIP, naming the field', async () => {
    expect(await dispatch(ctx, 'settings.save', { ...DEMO_SETTINGS, kelurahanCode: '3573059999' })).toMatchObject({
      ok: false, error: { field: 'kelurahanCode', message: 'Kelurahan tidak ditemukan dalam daftar Kemendagri' },
    });
    expect(await dispatch(ctx, 'settings.save', { ...DEMO_SETTINGS, lurahNip: '1971' })).toMatchObject({
      ok: false, error: { field: 'lurahNip', message: expect.stringContaining('NIP Lurah harus 18 digit') },
    });
    expect(ctx.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });
});
