import { webcrypto } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BagInfo, type FileDigests, finishBag, listFiles } from './bagit';
import { ZipWriter } from './zip-write';

/** Returns the .minisig text for tagmanifest-sha512.txt; the bag's Payload-Oxum goes into its trusted comment. */
export type SignTagManifest = (tagmanifest: Buffer, oxum: string) => string;

/** Reads files in order, one ahead of the caller. A read that nobody awaits (after a failure) must not crash the process. */
function readAhead(paths: readonly string[]): (index: number) => Promise<Buffer> {
  const pending = new Map<number, Promise<Buffer>>();
  const start = (index: number) => {
    const path = paths[index];
    if (path === undefined || pending.has(index)) return;
    const read = readFile(path);
    read.catch(() => undefined);
    pending.set(index, read);
  };
  return (index) => {
    start(index);
    start(index + 1);
    const read = pending.get(index);
    pending.delete(index);
    if (!read) throw new Error(`no file ${String(index)}`);
    return read;
  };
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
    const read = readAhead(paths.map((p) => join(bagDir, ...p.split('/'))));
    for (const [index, path] of paths.entries()) {
      const bytes = await read(index);
      await Promise.all([each(path, bytes), zip.add(path, bytes)]);
    }
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
