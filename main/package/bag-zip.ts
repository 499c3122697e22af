import { webcrypto } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BagInfo, type FileDigests, finishBag, listFiles } from './bagit';
import { ZipWriter } from './zip-write';

/** Returns the .minisig text for tagmanifest-sha512.txt; the bag's Payload-Oxum goes into its trusted comment. */
export type SignTagManifest = (tagmanifest: Buffer, oxum: string) => string;

/** Yields each file in order while the next one is already being read. */
async function* readOneAhead(bagDir: string, paths: readonly string[]): AsyncGenerator<{ path: string; bytes: Buffer }> {
  const start = (path: string | undefined) => {
    if (path === undefined) return null;
    const read = readFile(join(bagDir, ...path.split('/')));
    // Awaited below; if the zip has failed meanwhile nobody will, and that must not crash the process.
    read.catch(() => undefined);
    return { path, read };
  };
  let next = start(paths[0]);
  for (let index = 1; next; index++) {
    const current = next;
    next = start(paths[index]);
    yield { path: current.path, bytes: await current.read };
  }
}

/** SHA-256 and SHA-512 through WebCrypto, which hashes on libuv's thread pool while this thread zips and encrypts. */
async function digestOffThread(bytes: Buffer): Promise<FileDigests> {
  const [sha256, sha512] = await Promise.all([webcrypto.subtle.digest('SHA-256', bytes), webcrypto.subtle.digest('SHA-512', bytes)]);
  return { sha256: Buffer.from(sha256).toString('hex'), sha512: Buffer.from(sha512).toString('hex'), size: bytes.length };
}

/**
 * Streams a bag folder whose data/ is in place as a zip. Each payload file is read once and hashed while it
 * goes into the zip; then the manifests, tag manifests and signature are written and added last. Files are
 * read whole: evidence is at most 5 MB (checked when attached) and the documents were generated in memory
 * by this same export, so no file is larger than what the export already held.
 * `done` settles when the last entry is in; a failure also fails `output`.
 */
export function streamBagZip(bagDir: string, bagName: string, info: BagInfo, signTagManifest: SignTagManifest): { output: NodeJS.ReadableStream; done: Promise<void> } {
  const zip = new ZipWriter(bagName);
  const addAll = async (paths: readonly string[], each: (path: string, bytes: Buffer) => Promise<unknown>) => {
    for await (const { path, bytes } of readOneAhead(bagDir, paths)) await Promise.all([each(path, bytes), zip.add(path, bytes)]);
  };
  const fill = async () => {
    const digests = new Map<string, FileDigests>();
    await addAll(await listFiles(bagDir, 'data'), async (path, bytes) => digests.set(path, await digestOffThread(bytes)));
    const { oxum } = await finishBag(bagDir, info, digests);
    const tagmanifest = await readFile(join(bagDir, 'tagmanifest-sha512.txt'));
    await writeFile(join(bagDir, 'tagmanifest-sha512.txt.minisig'), signTagManifest(tagmanifest, oxum));
    await addAll((await listFiles(bagDir, '.')).filter((p) => !p.startsWith('data/')), () => Promise.resolve());
    zip.finish();
  };
  const done = fill().catch((error: unknown) => {
    zip.fail(error);
    throw error;
  });
  return { output: zip.output, done };
}
