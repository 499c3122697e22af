import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpDoor } from '../../../../../main/doors/http/server';
import type { HttpDoor } from '../../../../../main/doors/http/server';
import { fillDemo } from '../../../../../main/services/demo';
import { CHANNELS } from '../../../../../shared/api/contract';
import { CHANNEL_SAMPLES, KEPT_AS_IS } from '../../../../fixtures/channel-samples';
import { tempContext } from '../../../../fixtures/context';
import type { TestContext } from '../../../../fixtures/context';
import { dbDigest } from '../../../../fixtures/db-digest';
import { mutationsOf } from '../../../../fixtures/mutations';

let ctx: TestContext;
let door: HttpDoor;
let staticDir: string;
beforeAll(async () => {
  ctx = await tempContext();
  await fillDemo(ctx, { households: 60, seed: 3 });
  staticDir = mkdtempSync(join(tmpdir(), 'muskel-fuzz-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Muskel</title>');
  door = await startHttpDoor(ctx.folder, { port: 0, staticDir, token: 'token-uji' });
}, 60_000);
afterAll(async () => {
  await door.close();
  await ctx.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

function send(path: string, method: string, headers: Record<string, string>, body: Buffer | string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: door.port, path, method, headers: { Host: `127.0.0.1:${String(door.port)}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.end(body);
  });
}

const API_HEADERS = { 'Content-Type': 'application/json', 'X-Muskel-Token': 'token-uji' };
const REFUSALS = new Set([400, 401, 403, 404, 405, 413, 415]);

describe('the HTTP door under random input', () => {
  it('answers mutated inputs for every channel as dispatch does: a typed refusal, never INTERNAL, nothing written', async () => {
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(mutationsOf(CHANNEL_SAMPLES(staticDir)[channel], KEPT_AS_IS[channel]), async (input) => {
          const before = dbDigest(ctx.db);
          const reply = await send(`/api/${channel}`, 'POST', API_HEADERS, JSON.stringify(input === undefined ? null : input));
          await ctx.jobs.cancelAll();
          const result = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
          if (result.ok) return;
          expect(result.error?.code, channel).not.toBe('INTERNAL');
          expect(dbDigest(ctx.db), channel).toBe(before);
        }),
        { numRuns: 5, seed: 1128 },
      );
    }
  }, 240_000);

  it('answers garbage paths, methods, headers and bodies with a refusal, never a crash', async () => {
    const before = dbDigest(ctx.db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('/api/'), fc.constant('/api/settings.get'), fc.webPath(), fc.string({ maxLength: 40 }).map((s) => `/api/${encodeURIComponent(s)}%`)),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.record({ 'Content-Type': fc.constantFrom('application/json', 'text/plain', 'application/jsonx', ''), 'X-Muskel-Token': fc.constantFrom('token-uji', '', 'salah') }),
        fc.oneof(fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)), fc.json(), fc.constant('{"a":')),
        async (path, method, headers, body) => {
          const reply = await send(path, method, headers, body);
          expect(reply.status === 200 || REFUSALS.has(reply.status), `${method} ${path} -> ${String(reply.status)}`).toBe(true);
          expect(reply.body).not.toContain('INTERNAL');
          expect(reply.body).not.toMatch(/\n\s+at /);
        },
      ),
      { numRuns: 1000, seed: 2911 },
    );
    expect(dbDigest(ctx.db)).toBe(before);
  }, 120_000);
});
