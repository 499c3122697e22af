import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyInfo } from '../../../main/services/keys';
import { exportPackage } from '../../../main/services/package-export';
import { tempContext } from '../../fixtures/context';
import type { TestContext } from '../../fixtures/context';
import { fuzzVerifier } from '../../fixtures/crash/verifier-fuzz';
import type { GenuinePackage } from '../../fixtures/crash/verifier-fuzz';
import { PASSPHRASE, readyToExport } from '../../fixtures/package';

let ctx: TestContext;
let work: string;
let genuine: GenuinePackage;
beforeAll(async () => {
  ctx = await tempContext();
  work = mkdtempSync(join(tmpdir(), 'muskel-verifier-fuzz-'));
  const { meetingId, dinsos } = await readyToExport(ctx);
  const result = await exportPackage(ctx, { meetingId, outDir: work, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
  genuine = { path: result.path, identity: dinsos.identity, recipient: dinsos.recipient, publicKey: keyInfo(ctx)?.publicKey ?? '' };
}, 60_000);
afterAll(async () => {
  await ctx.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('the package verifier under mutation (npm run crash does 1,000 and more)', () => {
  it('refuses every package whose content differs from what was signed; never crashes, hangs or leaves files', async () => {
    const summary = await fuzzVerifier(genuine, work, { count: 120, seed: 5 });
    expect(summary.crashes).toEqual([]);
    expect(summary.hangs).toEqual([]);
    expect(summary.leaks).toEqual([]);
    expect(summary.wrongAccepts).toEqual([]);
    expect(summary.refused).toBeGreaterThan(90);
  }, 300_000);
});
