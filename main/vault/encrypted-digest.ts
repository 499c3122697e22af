import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { decryptStream } from './file-cipher';

/** The SHA-256 of an encrypted file's plaintext, streamed; null when it does not decrypt with `key`. */
export async function decryptedDigest(file: string, key: Buffer): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(file), decryptStream(key), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) hash.update(chunk);
    });
    return hash.digest('hex');
  } catch {
    return null;
  }
}
