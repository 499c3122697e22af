import ZipStream from 'zip-stream';

const STORED = /\.(jpe?g|png|pdf|xlsx|zip|age)$/i;
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * A zip written as a stream (zip-stream, archiver's engine), every entry under one top folder; photos and
 * PDFs are stored, text is deflated. Entries are added one file at a time, and adding waits while the
 * reader of `output` is behind, so at most about one file is buffered.
 */
export class ZipWriter {
  readonly output = new ZipStream({ zlib: { level: 6 } });

  constructor(private readonly topFolder: string) {}

  async add(path: string, bytes: Buffer): Promise<void> {
    if (this.output.destroyed) throw new Error('zip stream closed');
    await this.untilClosedOr((done) => this.output.entry(bytes, { name: `${this.topFolder}/${path}`, store: STORED.test(path), date: FIXED_DATE, mode: 0o644 }, done));
    if (this.output.writableNeedDrain) await this.untilClosedOr((done) => this.output.once('drain', () => done(null)));
  }

  finish(): void {
    this.output.finalize();
  }

  fail(error: unknown): void {
    this.output.destroy(error instanceof Error ? error : new Error(String(error)));
  }

  /** A cancelled export destroys the stream; whatever was awaited then never comes, so closing rejects it. */
  private untilClosedOr(start: (done: (error: Error | null) => void) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const closed = () => reject(new Error('zip stream closed'));
      this.output.once('close', closed);
      start((error) => {
        this.output.off('close', closed);
        if (error) reject(error);
        else resolve();
      });
    });
  }
}
