import { webcrypto } from 'node:crypto';
import { type BagInfo, type FileDigests, SAFE_SEGMENT, SIGNATURE, tagFiles } from './bagit';
import { ZipWriter } from './zip-write';

/** Returns the .minisig text for tagmanifest-sha512.txt; the bag's Payload-Oxum goes into its trusted comment. */
export type SignTagManifest = (tagmanifest: Buffer, oxum: string) => string;

/** One file of data/: its path below data/ and how to get its bytes when its turn comes. */
export interface PayloadFile {
  path: string;
  read: () => Promise<Buffer>;
}

/** Yields each file in order while the next one is already being read. */
async function* readOneAhead(files: readonly PayloadFile[]): AsyncGenerator<{ path: string; bytes: Buffer }> {
  const start = (file: PayloadFile | undefined) => {
    if (file === undefined) return null;
    const read = file.read();
    // Awaited below; if the zip has failed meanwhile nobody will, and that must not crash the process.
    read.catch(() => undefined);
    return { path: file.path, read };
  };
  let next = start(files[0]);
  for (let index = 1; next; index++) {
    const current = next;
    next = start(files[index]);
    yield { path: current.path, bytes: await current.read };
  }
}

/** SHA-256 and SHA-512 through WebCrypto, which hashes on libuv's thread pool while this thread zips and encrypts. */
async function digestOffThread(bytes: Buffer): Promise<FileDigests> {
  const [sha256, sha512] = await Promise.all([webcrypto.subtle.digest('SHA-256', bytes), webcrypto.subtle.digest('SHA-512', bytes)]);
  return { sha256: Buffer.from(sha256).toString('hex'), sha512: Buffer.from(sha512).toString('hex'), size: bytes.length };
}

/**
 * Streams a bag as a zip without writing any of it to disk: each payload file is read when its turn comes
 * (one ahead), hashed while it goes into the zip, then the manifests, tag manifests and signature are made in
 * memory and added last. Files are held whole one or two at a time: evidence is at most 5 MB (checked when
 * attached) and the documents were generated in memory by the export anyway.
 * `done` settles when the last entry is in; a failure also fails `output`.
 */
export function streamBagZip(payload: readonly PayloadFile[], bagName: string, info: BagInfo, signTagManifest: SignTagManifest): { output: NodeJS.ReadableStream; done: Promise<void> } {
  const zip = new ZipWriter(bagName);
  const fill = async () => {
    const files = [...payload].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [i, file] of files.entries()) {
      if (!file.path.split('/').every((s) => SAFE_SEGMENT.test(s)) || file.path === files[i - 1]?.path) throw new Error(`unsafe payload path ${file.path}`);
    }
    const digests = new Map<string, FileDigests>();
    for await (const { path, bytes } of readOneAhead(files)) {
      const [digest] = await Promise.all([digestOffThread(bytes), zip.add(`data/${path}`, bytes)]);
      digests.set(`data/${path}`, digest);
    }
    const { files: tags, oxum } = tagFiles(info, digests);
    tags.set(SIGNATURE, Buffer.from(signTagManifest(tags.get('tagmanifest-sha512.txt') ?? Buffer.alloc(0), oxum)));
    for (const name of [...tags.keys()].sort()) await zip.add(name, tags.get(name) ?? Buffer.alloc(0));
    zip.finish();
  };
  const done = fill().catch((error: unknown) => {
    zip.fail(error);
    throw error;
  });
  return { output: zip.output, done };
}
