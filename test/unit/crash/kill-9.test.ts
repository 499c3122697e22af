import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killRun } from '../../fixtures/crash/kill-run';
import { prepareCrashFolder } from '../../fixtures/crash/prepare';

const dir = mkdtempSync(join(tmpdir(), 'muskel-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 under load (npm run crash does the same at scale)', () => {
  it('loses no acknowledged write, leaves no half-written file, and two writers never fail', async () => {
    const prepared = await prepareCrashFolder(dir);
    const summary = await killRun(dir, prepared, { writeRounds: 25, exportKills: 4, seed: 1 });
    expect(summary.kills).toBeGreaterThanOrEqual(54);
    expect(summary.failures).toEqual([]);
    expect(summary.problems).toEqual([]);
    expect(summary.acknowledged).toBeGreaterThan(50);
  }, 300_000);
});
