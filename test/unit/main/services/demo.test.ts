import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS, fillDemo } from '../../../../main/services/demo';
import { saveSettings, storedSettings } from '../../../../main/services/settings';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';

const contexts: TestContext[] = [];
async function fresh(): Promise<TestContext> {
  const ctx = await tempContext();
  contexts.push(ctx);
  return ctx;
}
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.cleanup();
});

const niks = (ctx: TestContext) => ctx.db.prepare('SELECT nik FROM members ORDER BY id').pluck().all();

describe('fillDemo for a chosen kelurahan', () => {
  it('gives the same families for the same code and seed, and other families for another code', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await fillDemo(a, { households: 20, seed: 4, kelurahan: '3573021001' });
    await fillDemo(b, { households: 20, seed: 4, kelurahan: '3573021001' });
    await fillDemo(c, { households: 20, seed: 4, kelurahan: '3573021002' });
    expect(niks(a)).toEqual(niks(b));
    expect(storedSettings(a)).toEqual(storedSettings(b));
    expect(storedSettings(a)).toMatchObject({ kelurahanCode: '3573021001', officeAddress: 'Kantor Kelurahan Klojen, Kecamatan Klojen, Kota Malang' });
    expect(niks(c)).not.toContain(niks(a)[0]);
  });

  it('keeps the settings of a folder set up for that kelurahan, and refuses a folder set up for another', async () => {
    const same = await fresh();
    await saveSettings(same, DEMO_SETTINGS);
    await fillDemo(same, { households: 5, seed: 1, kelurahan: DEMO_SETTINGS.kelurahanCode });
    expect(storedSettings(same)).toMatchObject({ lurahName: DEMO_SETTINGS.lurahName });

    const other = await fresh();
    await saveSettings(other, DEMO_SETTINGS);
    await expect(fillDemo(other, { households: 5, seed: 1, kelurahan: '3573011001' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Folder data ini sudah disiapkan untuk kelurahan 3573051004. Data demo kelurahan 3573011001 diisikan ke folder data baru.',
    });
    expect(niks(other)).toEqual([]);
  });
});
