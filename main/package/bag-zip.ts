import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BagInfo, digester, type FileDigests, finishBag, listFiles } from './bagit';
import { ZipWriter } from './zip-write';

/** Returns the .minisig text for tagmanifest-sha512.txt; the bag's Payload-Oxum goes into its trusted comment. */
export type SignTagManifest = (tagmanifest: Buffer, oxum: string) => string;

/**
 * Streams a bag folder whose data/ is in place as a zip. Each payload file is hashed on its way into the
 * zip, then the manifests, tag manifests and signature are written and added last, so every photo is read
 * from disk once. `done` settles when the last entry is in; a failure also fails `output`.
 */
export function streamBagZip(bagDir: string, bagName: string, info: BagInfo, signTagManifest: SignTagManifest): { output: NodeJS.ReadableStream; done: Promise<void> } {
  const zip = new ZipWriter(bagName);
  const fill = async () => {
    const digests = new Map<string, FileDigests>();
    for (const path of await listFiles(bagDir, 'data')) {
      const d = digester();
      await zip.addFile(path, join(bagDir, ...path.split('/')), d.update);
      digests.set(path, d.result());
    }
    const { oxum } = await finishBag(bagDir, info, digests);
    const tagmanifest = await readFile(join(bagDir, 'tagmanifest-sha512.txt'));
    await writeFile(join(bagDir, 'tagmanifest-sha512.txt.minisig'), signTagManifest(tagmanifest, oxum));
    for (const path of (await listFiles(bagDir, '.')).filter((p) => !p.startsWith('data/'))) await zip.addFile(path, join(bagDir, path));
    zip.finish();
  };
  const done = fill().catch((error: unknown) => {
    zip.fail(error);
    throw error;
  });
  return { output: zip.output, done };
}
