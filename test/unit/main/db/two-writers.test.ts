import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeContext } from '../../../../main/app/open-context';
import { openTestFolder, rawDb } from '../../../fixtures/context';
import { verifyAudit } from '../../../../main/services/audit';
import { countHouseholds } from '../../../../main/db/household-queries';
import { DB_FILE_NAME } from '../../../../main/db/open';
import { dispatch } from '../../../../main/api/dispatch';
import { aHousehold } from '../../../fixtures/households';

const WRITER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'processes', 'writer.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-writers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writer(count: number, tag: string): Promise<{ acknowledged: number; failed: number; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(count), tag], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`writer ${tag} exited ${String(code)}: ${err}`));
      resolve(JSON.parse(out) as { acknowledged: number; failed: number; failures: string[] });
    });
  });
}

describe('two processes writing to one data folder', () => {
  it('queue their transactions: every write is acknowledged and present, the audit chain holds', async () => {
    // The schema exists before the race starts, as it does when the app and a CLI command share a folder.
    await closeContext((await openTestFolder(dir)).ctx);
    const count = 150;
    const results = await Promise.all([writer(count, 'a'), writer(count, 'b')]);
    expect(results.map((r) => r.failures)).toEqual([[], []]);
    expect(results.map((r) => r.acknowledged)).toEqual([count, count]);
    const { ctx } = await openTestFolder(dir);
    try {
      expect(countHouseholds(ctx.db)).toBe(2 * count);
      // Plus the entry that records the folder's setup.
      expect(verifyAudit(ctx)).toMatchObject({ ok: true, entries: 2 * count + 1 });
    } finally {
      await closeContext(ctx);
    }
  }, 120_000);
});

describe('a writer that waits too long', () => {
  it('hears that another process is writing (BUSY), and nothing is written', async () => {
    const { ctx } = await openTestFolder(dir);
    ctx.session.operator = 'Operator Uji';
    const other = rawDb({ dbFile: join(dir, DB_FILE_NAME), dataKey: ctx.dataKey });
    try {
      ctx.db.pragma('busy_timeout = 50');
      other.exec('BEGIN IMMEDIATE');
      const result = await dispatch(ctx, 'households.create', aHousehold());
      expect(result).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringContaining('sedang ditulis oleh proses Muskel lain') } });
      other.exec('ROLLBACK');
      expect(countHouseholds(ctx.db)).toBe(0);
    } finally {
      other.close();
      await closeContext(ctx);
    }
  });
});
