import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Reads a built renderer file (the path already decoded); unknown paths fall back to index.html (single-page app). */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const relative = normalize(urlPath).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const type = TYPES[extname(file)];
  try {
    if (type) return { body: await readFile(file), type };
  } catch {
    // fall through to the app shell
  }
  if (extname(relative) !== '') return null;
  return { body: await readFile(join(root, 'index.html')), type: TYPES['.html'] ?? 'text/html' };
}
