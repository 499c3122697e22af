import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { SealedScratch } from '../../package/sealed-scratch';

/** An extract to import: a file the operator named (CLI), or an upload held sealed (the app). */
export type TableSource = string | SealedScratch;

/** The file's SHA-256, recorded with the import so the same file is recognisable later. */
export async function sha256Of(source: TableSource): Promise<string> {
  const hash = createHash('sha256');
  const chunks: AsyncIterable<Buffer> = typeof source === 'string' ? createReadStream(source) : source.chunks();
  for await (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}
