import { createReadStream, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import ZipStream from 'zip-stream';

const STORED = /\.(jpe?g|png|pdf|xlsx|zip|age)$/i;
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

function tapped(file: ReadStream, onChunk: (chunk: Buffer) => void): Transform {
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onChunk(chunk);
      done(null, chunk);
    },
  });
  file.on('error', (error) => tap.destroy(error));
  return file.pipe(tap);
}

/**
 * A zip written as a stream (zip-stream, archiver's engine), every entry under one top folder; photos and
 * PDFs are stored, text is deflated. Files are read one at a time, never whole into memory.
 */
export class ZipWriter {
  readonly output = new ZipStream({ zlib: { level: 6 } });
  private current: ReadStream | null = null;

  constructor(private readonly topFolder: string) {
    // A cancelled export destroys the zip stream; the file being read must be closed with it.
    this.output.once('close', () => this.current?.destroy());
  }

  /** Adds a file; `onChunk`, when given, sees its bytes as they go into the zip. */
  async addFile(path: string, source: string, onChunk?: (chunk: Buffer) => void): Promise<void> {
    if (this.output.destroyed) throw new Error('zip stream closed');
    const file = createReadStream(source);
    this.current = file;
    const entry = onChunk ? tapped(file, onChunk) : file;
    await new Promise<void>((resolve, reject) => {
      const closed = () => reject(new Error('zip stream closed'));
      this.output.once('close', closed);
      this.output.entry(entry, { name: `${this.topFolder}/${path}`, store: STORED.test(path), date: FIXED_DATE, mode: 0o644 }, (error) => {
        this.output.off('close', closed);
        if (error) reject(error);
        else resolve();
      });
    });
  }

  finish(): void {
    this.output.finalize();
  }

  fail(error: unknown): void {
    this.output.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
