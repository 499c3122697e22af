import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpDoor } from '../../../../../main/doors/http/server';
import type { HttpDoor } from '../../../../../main/doors/http/server';
import { tempContext } from '../../../../fixtures/context';
import type { TestContext } from '../../../../fixtures/context';

let ctx: TestContext;
let door: HttpDoor;
let staticDir: string;

beforeAll(async () => {
  ctx = await tempContext();
  staticDir = mkdtempSync(join(tmpdir(), 'muskel-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Muskel</title>');
  writeFileSync(join(tmpdir(), 'muskel-secret.txt'), 'rahasia');
  door = await startHttpDoor(ctx.folder, { port: 0, staticDir, token: 'secret-token' });
});
afterAll(async () => {
  await door.close();
  await ctx.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: door.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${door.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Muskel-Token': 'secret-token', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP door', () => {
  it('listens on the loopback address only', () => {
    const address = door.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(door.url).toBe(`http://127.0.0.1:${door.port}/?token=secret-token`);
  });

  it('answers a valid call with {ok, value}', async () => {
    const reply = await api('nik.parse', { nik: '3573055709840002' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { sex: 'P', birthDay: 17 } });
  });

  it('refuses an API call without the token, or with a wrong one, as UNAUTHORIZED', async () => {
    for (const headers of [{ 'X-Muskel-Token': '' }, { 'X-Muskel-Token': 'secret-tokeN' }, { 'X-Muskel-Token': 'x' }]) {
      const reply = await api('settings.get', {}, headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('Token akses') } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send('/api/settings.get', { method: 'POST', headers: { Host: `evil.example:${door.port}`, 'X-Muskel-Token': 'secret-token' } });
    expect(reply.status).toBe(403);
    expect((await send('/?token=secret-token', { headers: { Host: 'localhost:1' } })).status).toBe(403);
  });

  it('sends no CORS headers, even when asked from another origin', async () => {
    const preflight = await send('/api/settings.get', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    const call = await api('settings.get', {}, { Origin: 'http://evil.example' });
    for (const reply of [preflight, call]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
    }
    expect(preflight.status).toBe(403);
  });

  it('refuses a call from any Origin but its own, and accepts its own', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${String(door.port + 1)}`, `https://127.0.0.1:${String(door.port)}`]) {
      const reply = await api('settings.get', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    for (const origin of [`http://127.0.0.1:${String(door.port)}`, `http://localhost:${String(door.port)}`]) {
      expect((await api('settings.get', {}, { Origin: origin })).status, origin).toBe(200);
    }
  });

  it('answers a malformed % escape with 400 and a JSON refusal, not a stack trace', async () => {
    for (const path of ['/api/settings.get%', '/api/%E0%A4%A', '/%ZZ', '//']) {
      const reply = await send(path, { method: 'POST', headers: { 'X-Muskel-Token': 'secret-token', 'Content-Type': 'application/json' }, body: '{}' });
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Alamat permintaan tidak sah') } });
    }
  });

  it('takes application/json with parameters but nothing that only starts like it', async () => {
    const post = (type: string) => send('/api/nik.parse', { method: 'POST', headers: { 'X-Muskel-Token': 'secret-token', 'Content-Type': type }, body: '{"nik":"3573055709840002"}' });
    expect((await post('application/json; charset=utf-8')).status).toBe(200);
    expect((await post('Application/JSON')).status).toBe(200);
    for (const type of ['application/jsonx', 'application/json-patch+json', 'text/json']) expect((await post(type)).status, type).toBe(415);
  });

  it('refuses GET, non-JSON and malformed JSON on the API', async () => {
    expect((await send('/api/settings.get', { headers: { 'X-Muskel-Token': 'secret-token' } })).status).toBe(405);
    const form = await send('/api/settings.get', { method: 'POST', headers: { 'X-Muskel-Token': 'secret-token', 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await send('/api/settings.get', { method: 'POST', headers: { 'X-Muskel-Token': 'secret-token', 'Content-Type': 'application/json' }, body: '{"a":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a body over the size limit, a package to verify included (it comes in 4 MB pieces)', async () => {
    expect((await api('nik.parse', { nik: 'x'.repeat(9 * 1024 * 1024) })).status).toBe(413);
    const whole = await api('packages.verify', { fileName: 'p.zip.age', uploadId: 'x', identity: '', publicKeys: [], contentBase64: 'A'.repeat(9 * 1024 * 1024) });
    expect(whole.status).toBe(413);
  });

  it('names the field of an invalid payload and rejects unknown channels', async () => {
    const invalid = JSON.parse((await api('households.search', { query: 5, offset: -1, limit: 10 })).body) as { ok: boolean; error: { code: string; field: string } };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'query' } });
    const unknown = JSON.parse((await api('__proto__', {})).body) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('serves the app only with the token, then by cookie, and never outside its folder', async () => {
    expect((await send('/')).status).toBe(401);
    const first = await send('/?token=secret-token');
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>Muskel</title>');
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict');
    expect(first.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send('/assets/app.js', { headers: { Cookie: 'muskel_token=secret-token' } })).status).toBe(404);
    const escape = await send('/..%2F..%2Fmuskel-secret.txt', { headers: { Cookie: 'muskel_token=secret-token' } });
    expect(escape.body).not.toContain('rahasia');
  });
});
