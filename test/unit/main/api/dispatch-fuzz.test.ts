import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchToFolder } from '../../../../main/api/dispatch';
import { fillDemo } from '../../../../main/services/demo';
import { generateKey } from '../../../../main/services/keys';
import { CHANNELS } from '../../../../shared/api/contract';
import type { Channel } from '../../../../shared/api/contract';
import { CHANNEL_SAMPLES, KEPT_AS_IS } from '../../../fixtures/channel-samples';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { dbDigest } from '../../../fixtures/db-digest';
import { mutationsOf } from '../../../fixtures/mutations';

let ctx: TestContext;
let outDir: string;
beforeAll(async () => {
  ctx = await tempContext();
  await fillDemo(ctx, { households: 60, seed: 3 });
  await generateKey(ctx, 'frasa sandi kelurahan dinoyo', false);
  outDir = mkdtempSync(join(tmpdir(), 'muskel-fuzz-out-'));
}, 60_000);
afterAll(async () => {
  await ctx.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

/** English words a message would only carry if a library's own error leaked through. */
const ENGLISH = /\b(the|is not|undefined|cannot|failed|invalid|expected|received|error)\b/i;

describe('every channel, fed mutated and random inputs through dispatch', () => {
  it.each(CHANNELS.map((c) => [c]))('%s: a refusal is typed, Indonesian, never INTERNAL, and writes nothing', async (channel: Channel) => {
    const sample = CHANNEL_SAMPLES(outDir)[channel];
    await fc.assert(
      fc.asyncProperty(mutationsOf(sample, KEPT_AS_IS[channel]), async (input) => {
        const before = dbDigest(ctx.db);
        const result = await dispatchToFolder(ctx.folder, channel, input);
        // A background export or backup started by a valid call settles before the next digest is taken.
        await ctx.jobs.cancelAll();
        await ctx.backups.settleAll();
        if (result.ok) return;
        expect(result.error.code).not.toBe('INTERNAL');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.message).not.toMatch(ENGLISH);
        expect(dbDigest(ctx.db)).toBe(before);
      }),
      { numRuns: 25, seed: 20261128, endOnFailure: true },
    );
    expect(readdirSync(outDir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});
