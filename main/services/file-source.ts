import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { SealedScratch } from '../package/sealed-scratch';

/** A file to read: one the operator named (CLI), or an upload held sealed (the app). */
export type FileSource = string | SealedScratch;

/** The file's SHA-256, recorded so the same file is recognisable later. */
export async function sha256Of(source: FileSource): Promise<string> {
  const hash = createHash('sha256');
  const chunks: AsyncIterable<Buffer> = typeof source === 'string' ? createReadStream(source) : source.chunks();
  for await (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}
