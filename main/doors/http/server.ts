import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../../shared/api/result';
import { dispatchToFolder } from '../../api/dispatch';
import type { DataFolder } from '../../vault/data-folder';
import { internalErrorMessage } from '../../services/error-report';
import { SECURITY_HEADERS, cookieToken, decodePath, hostAllowed, isJson, originAllowed, tokensEqual } from './security';
import { readStatic } from './static-files';

/** Every call is small: a package to verify arrives in 4 MB pieces (uploads.append), so memory stays bounded. */
const MAX_BODY = 8 * 1024 * 1024;

export interface HttpDoor {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: Buffer | string, type: string, extra: Record<string, string> = {}): void {
  // A refusal answered before the request's body was read leaves that body on the connection: close it rather
  // than let the client send its next request after bytes the server never consumed.
  const unread = res.req.complete ? {} : { Connection: 'close' };
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...unread, ...extra });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, code: 'INVALID_INPUT' | 'UNAUTHORIZED', message: string): void {
  const result: ApiResult<never> = { ok: false, error: { code, message } };
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(folder: DataFolder, token: string, req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
  const header = req.headers['x-muskel-token'];
  if (!tokensEqual(typeof header === 'string' ? header : undefined, token)) {
    return refuse(res, 401, 'UNAUTHORIZED', 'Token akses tidak ada atau salah. Buka alamat lengkap yang dicetak saat Muskel dijalankan.');
  }
  if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'Gunakan metode POST');
  if (!isJson(req)) {
    return refuse(res, 415, 'INVALID_INPUT', 'Isi permintaan harus berupa JSON (Content-Type: application/json)');
  }
  const socket = req.socket;
  const body = await readBody(req, MAX_BODY);
  if (body === null) {
    // The rest of the body is never read: close the connection so it cannot be reused half-consumed.
    res.setHeader('Connection', 'close');
    res.on('finish', () => socket.destroy());
    return refuse(res, 413, 'INVALID_INPUT', 'Isi permintaan terlalu besar');
  }
  let input: unknown;
  try {
    input = body === '' ? {} : (JSON.parse(body) as unknown);
  } catch {
    return refuse(res, 400, 'INVALID_INPUT', 'Isi permintaan bukan JSON yang sah');
  }
  const result = await dispatchToFolder(folder, channel, input);
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function handleStatic(staticDir: string, token: string, req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const authorised = tokensEqual(fromQuery, token) || tokensEqual(cookieToken(req), token);
  if (!authorised) {
    return send(res, 401, 'Token akses tidak ada atau salah. Buka alamat lengkap yang dicetak saat Muskel dijalankan.', 'text/plain; charset=utf-8');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Metode tidak diizinkan', 'text/plain; charset=utf-8');
  const file = await readStatic(staticDir, path);
  if (!file) return send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
  const cookie: Record<string, string> = fromQuery ? { 'Set-Cookie': `muskel_token=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
  send(res, 200, file.body, file.type, cookie);
}

/** Browser-mode door: loopback only, token on every request, Host checked, no CORS headers ever. */
export function startHttpDoor(folder: DataFolder, options: { port: number; staticDir: string; token?: string }): Promise<HttpDoor> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const server = createServer((req, res) => {
    const remote = req.socket.remoteAddress ?? '';
    if (!(remote === '127.0.0.1' || remote === '::ffff:127.0.0.1' || remote === '::1')) {
      return send(res, 403, 'Hanya dapat diakses dari komputer ini', 'text/plain; charset=utf-8');
    }
    if (!hostAllowed(req, port)) return send(res, 403, 'Host tidak diizinkan', 'text/plain; charset=utf-8');
    if (!originAllowed(req, port)) return refuse(res, 403, 'UNAUTHORIZED', 'Permintaan dari situs lain ditolak: hanya halaman Muskel sendiri yang boleh memanggil Muskel');
    const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url && decodePath(url.pathname);
    if (!url || path === null) return refuse(res, 400, 'INVALID_INPUT', 'Alamat permintaan tidak sah (kode % atau bentuk alamat yang rusak)');
    const api = /^\/api\/([^/]+)$/.exec(path);
    const work = api?.[1] ? handleApi(folder, token, req, res, api[1]) : handleStatic(options.staticDir, token, req, res, path, url);
    work.catch((error: unknown) => {
      const code = folder.errors.report(error, `http ${path.slice(0, 40)}`);
      if (res.headersSent) return;
      const result: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: internalErrorMessage(code) } };
      if (api) send(res, 500, JSON.stringify(result), 'application/json; charset=utf-8');
      else send(res, 500, internalErrorMessage(code), 'text/plain; charset=utf-8');
    });
  });
  return new Promise((resolveDoor, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolveDoor({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Browsers keep idle keep-alive connections open; without this, close waits for them.
            server.closeAllConnections();
          }),
      });
    });
  });
}
