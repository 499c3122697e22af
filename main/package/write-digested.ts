import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Lets several chunks queue while one write is on disk; fs.WriteStream then writes them with one writev. */
const BUFFER = 1024 * 1024;

/**
 * Streams `source` (through `through`, e.g. age, when given) into a new file, hashing exactly the bytes
 * written, and flushes it to disk so that renaming it afterwards cannot leave an empty file after a power cut.
 * The file is private to the OS user (0600): a package holds personal data, encrypted or not.
 */
export async function writeDigested(
  source: NodeJS.ReadableStream,
  target: string,
  options: { through?: Transform | null; signal?: AbortSignal; onBytes?: (written: number) => void } = {},
): Promise<{ sha256: string; size: number }> {
  const { through, signal, onBytes } = options;
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    highWaterMark: BUFFER,
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      onBytes?.(size);
      done(null, chunk);
    },
  });
  const out = createWriteStream(target, { flags: 'wx', mode: 0o600, highWaterMark: BUFFER });
  if (through) await pipeline(source, through, tap, out, { signal });
  else await pipeline(source, tap, out, { signal });
  const handle = await open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}
