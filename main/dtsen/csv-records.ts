import { AppError } from '../services/app-error';
import { CsvParser, CsvSyntaxError, MAX_RECORD_CHARS } from './csv-parser';
import type { CsvRecord } from './csv-parser';
import { guessDelimiter } from './csv-delimiter';
import { badFile, throwIfCancelled } from './table';
import type { Delimiter, TextEncodingName } from './table';
import { ByteDecoder } from './text-decoder';
import type { MixedEncoding } from './text-decoder';

/**
 * Records pulled one at a time from a file's chunks: a chunk (64 KB) is read only when the records of the one
 * before have all been taken, so a slow consumer holds back the reading and memory holds one chunk's records.
 */
export class CsvRecords {
  private readonly decoder = new ByteDecoder();
  private parser: CsvParser | null = null;
  /** Decoded text not parsed yet: before the header line is complete enough to tell the delimiter. */
  private pending = '';
  private queue: CsvRecord[] = [];
  private taken = 0;
  private ended = false;
  /** An error found in the text after the queued records; thrown once they have been taken. */
  private failure: AppError | null = null;
  private bytes = 0;
  delimiter: Delimiter = ',';

  constructor(
    private readonly chunks: AsyncIterator<Buffer>,
    private readonly name: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  get bytesRead(): number {
    return this.bytes;
  }

  get encoding(): TextEncodingName {
    return this.decoder.encoding;
  }

  /** The next record, or null after the last one. */
  async next(): Promise<CsvRecord | null> {
    for (;;) {
      throwIfCancelled(this.signal, this.name);
      const record = this.queue[this.taken];
      if (record) {
        this.taken++;
        return record;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return null;
      this.queue = [];
      this.taken = 0;
      await this.read();
    }
  }

  private async read(): Promise<void> {
    let chunk: Buffer;
    let final: boolean;
    try {
      const result = await this.chunks.next();
      final = result.done === true;
      chunk = result.done ? Buffer.alloc(0) : result.value;
    } catch (error) {
      throw badFile(`Berkas ${this.name} tidak dapat dibaca sampai selesai (${error instanceof Error ? error.message : String(error)}).`);
    }
    this.bytes += chunk.length;
    const { text, mixed } = this.decoder.decode(chunk, final);
    this.pending += text;
    try {
      const parser = this.parser ?? this.start(final || mixed !== undefined);
      if (!parser) return;
      parser.feed(this.takePending(), this.queue);
      if (mixed) {
        this.failure = mixedError(this.name, mixed, parser.currentRow);
        this.ended = true;
      } else if (final) {
        parser.end(this.queue);
        this.ended = true;
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.failure = syntaxError(this.name, error);
      this.ended = true;
    }
  }

  /** Creates the parser once the header line can tell the delimiter; null while more text is needed. */
  private start(final: boolean): CsvParser | null {
    const guess = guessDelimiter(this.pending);
    if (!guess.complete && !final && this.pending.length < MAX_RECORD_CHARS) return null;
    if (guess.delimiter === null) {
      if (!/[^\s;,|]/.test(this.pending)) throw badFile(`Berkas ${this.name} kosong: tidak ada baris judul kolom.`);
      throw badFile(
        `Baris judul berkas ${this.name} tidak memuat pemisah kolom (titik koma, koma, garis tegak | atau tab), sehingga berkas tidak dapat dibaca sebagai tabel.`,
      );
    }
    this.delimiter = guess.delimiter;
    this.parser = new CsvParser(guess.delimiter);
    return this.parser;
  }

  private takePending(): string {
    const text = this.pending;
    this.pending = '';
    return text;
  }
}

function syntaxError(name: string, error: CsvSyntaxError): AppError {
  const where = error.line === error.row ? `baris ${error.row}` : `baris ${error.row} (baris teks ${error.line})`;
  return error.kind === 'UNCLOSED_QUOTE'
    ? badFile(`Berkas ${name} rusak: tanda kutip (") yang dibuka pada ${where} tidak pernah ditutup.`)
    : badFile(`Berkas ${name} rusak: ${where} lebih panjang dari ${MAX_RECORD_CHARS} karakter; kemungkinan ada tanda kutip (") yang tidak ditutup.`);
}

function mixedError(name: string, mixed: MixedEncoding, row: number): AppError {
  const [found, before] = mixed === 'NOT_UTF8' ? ['byte yang bukan UTF-8', 'UTF-8'] : ['teks UTF-8', 'Windows-1252'];
  return badFile(
    `Berkas ${name} memakai dua pengodean: baris ${row} memuat ${found}, padahal bagian sebelumnya ${before}. Simpan ulang berkas dari Excel sebagai CSV UTF-8, lalu impor kembali.`,
  );
}
