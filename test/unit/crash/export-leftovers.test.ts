import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { closeContext } from '../../../main/app/open-context';
import { openTestFolder } from '../../fixtures/context';
import { prepareCrashFolder } from '../../fixtures/crash/prepare';
import { filesHolding } from '../../fixtures/vault';

const WRITER = join(import.meta.dirname, '..', '..', 'fixtures', 'crash', 'writer.ts');
const dir = mkdtempSync(join(tmpdir(), 'muskel-export-leftovers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Files below `folder` holding a NIK; a file removed while it is read is simply not there any more. */
function holding(folder: string, niks: readonly string[]): string[] {
  try {
    return filesHolding(folder, niks);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

describe('an export killed with SIGKILL', () => {
  it('never had a NIK in a file of sementara/ or kiriman/, watched while it ran and after the kill, and the next start leaves sementara/ empty', async () => {
    await prepareCrashFolder(dir);
    const opened = await openTestFolder(dir);
    const niks = opened.ctx.db.prepare('SELECT nik FROM members').pluck().all() as string[];
    await closeContext(opened.ctx);
    expect(niks.length).toBeGreaterThan(100);

    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, '7', 'export'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
    const watched = ['sementara', 'kiriman'].map((name) => join(dir, name));
    const found = new Set<string>();
    let scans = 0;
    const scan = () => {
      scans++;
      for (const folder of watched) for (const hit of holding(folder, niks)) found.add(hit);
    };
    // One whole export is watched from its start, then the next is killed part-way.
    const deadline = Date.now() + 120_000;
    while (!lines.some((l) => l.startsWith('ACK export')) && Date.now() < deadline) {
      scan();
      await delay(10);
    }
    const killAt = Date.now() + 700;
    while (Date.now() < killAt) {
      scan();
      await delay(10);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    scan();
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('ACK export')).length).toBeGreaterThanOrEqual(1);
    expect(scans).toBeGreaterThan(20);
    expect([...found]).toEqual([]);

    const reopened = await openTestFolder(dir);
    await closeContext(reopened.ctx);
    const scratch = join(dir, 'sementara');
    expect(readdirSyncOrEmpty(scratch)).toEqual([]);
    expect(readdirSyncOrEmpty(join(dir, 'kiriman')).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 240_000);
});

function readdirSyncOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
