import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { listFiles } from './bagit';

const STORED = /\.(jpe?g|png|pdf|xlsx|zip|age)$/i;

/** Zips a bag folder under one top-level folder; photos and PDFs are stored, text is deflated. Streams, never buffers whole files. */
export async function zipBag(bagDir: string, bagName: string, outFile: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const files = await listFiles(bagDir, '.');
  const fixed = new Date('2000-01-01T00:00:00Z');
  for (const path of files) {
    zip.addFile(join(bagDir, ...path.split('/')), `${bagName}/${path}`, { compress: !STORED.test(path), mtime: fixed, mode: 0o100644 });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(outFile, { flags: 'wx' }));
}
