import { createReadStream, type ReadStream } from 'node:fs';
import { join } from 'node:path';
import ZipStream from 'zip-stream';
import { listFiles } from './bagit';

const STORED = /\.(jpe?g|png|pdf|xlsx|zip|age)$/i;
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * Zips a bag folder under one top-level folder as a stream (zip-stream, archiver's engine); photos and PDFs
 * are stored, text is deflated. Files are read one at a time, never whole into memory.
 */
export async function zipBag(bagDir: string, bagName: string): Promise<NodeJS.ReadableStream> {
  const files = await listFiles(bagDir, '.');
  const zip = new ZipStream({ zlib: { level: 6 } });
  let current: ReadStream | null = null;
  // A cancelled export destroys the zip stream; the file being read must be closed with it.
  zip.once('close', () => current?.destroy());
  const addAll = async () => {
    for (const path of files) {
      if (zip.destroyed) return;
      current = createReadStream(join(bagDir, ...path.split('/')));
      const source = current;
      await new Promise<void>((resolve, reject) => {
        zip.entry(source, { name: `${bagName}/${path}`, store: STORED.test(path), date: FIXED_DATE, mode: 0o644 }, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    }
    zip.finalize();
  };
  addAll().catch((error: unknown) => zip.destroy(error instanceof Error ? error : new Error(String(error))));
  return zip;
}
