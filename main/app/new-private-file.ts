import type { WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A write stream on a new file, private to the OS user (0600), that already exists when this settles.
 * fs.createWriteStream opens lazily: a pipeline that fails early can settle before that open, and the
 * file then appears after whoever cleans up has removed it.
 */
export async function newPrivateFile(path: string, options: { highWaterMark?: number; flush?: boolean } = {}): Promise<WriteStream> {
  const file = await open(path, 'wx', 0o600);
  return file.createWriteStream(options);
}
