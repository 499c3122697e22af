import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { newPrivateFile } from '../app/new-private-file';

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
  const out = await newPrivateFile(target, { highWaterMark: BUFFER, flush: true });
  if (through) await pipeline(source, through, tap, out, { signal });
  else await pipeline(source, tap, out, { signal });
  return { sha256: hash.digest('hex'), size };
}
