import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import yauzl from 'yauzl';
import type { Options, ZipFile } from 'yauzl';
import type { SealedScratch } from '../package/sealed-scratch';

const CHUNK_BYTES = 64 * 1024;

/** A table's bytes in order, a chunk at a time; `close` releases them when reading stops before the end. */
export interface ByteChunks {
  chunks: AsyncIterator<Buffer>;
  close: () => Promise<void>;
}

/**
 * Where a table's bytes are: a file, or an upload sealed as it arrived (main/services/uploads.ts). A sealed
 * upload is decrypted chunk by chunk as it is read, so no plaintext copy of it is ever written.
 */
export interface TableBytes {
  /** What messages call the file; never a whole path. */
  name: string;
  /** The size in bytes and the first `length` bytes (all of them in a smaller file). */
  head(length: number): Promise<{ size: number; head: Buffer }>;
  read(): ByteChunks;
  /** The bytes as a zip, read at the offsets yauzl asks for. */
  zip(options: Options): Promise<ZipFile>;
}

/** `name` defaults to the file's base name; an upload's own file has a random one, so pass the name it came under. */
export function tableBytes(source: string | SealedScratch, name?: string): TableBytes {
  return typeof source === 'string' ? fileBytes(source, name ?? basename(source)) : sealedBytes(source, name ?? basename(source.path));
}

function fileBytes(path: string, name: string): TableBytes {
  return {
    name,
    async head(length) {
      const handle = await open(path, 'r');
      try {
        const size = (await handle.stat()).size;
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, 0);
        return { size, head: buffer.subarray(0, bytesRead) };
      } finally {
        await handle.close();
      }
    },
    read() {
      const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
      const close = () => {
        stream.destroy();
        return Promise.resolve();
      };
      return { chunks: stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>, close };
    },
    zip: (options) => yauzl.openPromise(path, options),
  };
}

/** Decrypted 64 KB chunk by 64 KB chunk as read; the scratch's file handle is its owner's to close (dispose). */
function sealedBytes(scratch: SealedScratch, name: string): TableBytes {
  return {
    name,
    async head(length) {
      const parts: Buffer[] = [];
      let read = 0;
      for await (const chunk of scratch.chunks()) {
        parts.push(chunk);
        read += chunk.length;
        if (read >= length) break;
      }
      return { size: scratch.size, head: Buffer.concat(parts).subarray(0, length) };
    },
    read() {
      const chunks = scratch.chunks();
      return {
        chunks,
        close: async () => {
          await chunks.return(undefined);
        },
      };
    },
    zip: async (options) => yauzl.fromRandomAccessReaderPromise(await scratch.reader(), scratch.size, options),
  };
}
