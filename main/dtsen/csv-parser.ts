const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** A record longer than this (in characters) stops the read: it is almost always a quote that was never closed. */
export const MAX_RECORD_CHARS = 1_000_000;

export interface CsvRecord {
  /** Records are numbered as a spreadsheet numbers rows: the first is 1, blank lines count. */
  row: number;
  /** The physical line the record starts on. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly kind: 'UNCLOSED_QUOTE' | 'RECORD_TOO_LONG',
    readonly row: number,
    readonly line: number,
  ) {
    super(`${kind} at row ${row}`);
  }
}

// Where the parser stands between two characters.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Inside a quoted cell, just after a quote: `""` is a quote, anything else ended the quoted part. */
const QUOTE_SEEN = 3;

/**
 * A streaming CSV reader: text goes in piece by piece, split anywhere, and complete records come out. It keeps
 * only the record in progress, never the text before it. Quoting follows RFC 4180 as Excel reads it: a cell
 * that starts with `"` may hold delimiters, `""` and line breaks; text after its closing quote is kept in the
 * same cell; a quote inside an unquoted cell is an ordinary character. CRLF, LF and a lone CR end a record.
 */
export class CsvParser {
  private state = FIELD_START;
  private cells: string[] = [];
  private field = '';
  /** The record ended on CR: an LF right after it belongs to the same line end. */
  private afterCR = false;
  /** Inside quotes the last character was CR (a CRLF there is one line break). */
  private quotedCR = false;
  private row = 1;
  private line = 1;
  /** Line breaks inside quoted cells of the record in progress. */
  private breaks = 0;
  private chars = 0;
  private readonly delimiter: number;
  /** Where the next quote and CR are in the text being fed (its length when there is none), for the fast path. */
  private nextQuote = -1;
  private nextCR = -1;

  constructor(private readonly separator: string) {
    this.delimiter = separator.charCodeAt(0);
  }

  /** The row of the record in progress: where anything wrong in the text still to come belongs. */
  get currentRow(): number {
    return this.row;
  }

  /** Parses `text`, appending every record it completes to `out`. */
  feed(text: string, out: CsvRecord[]): void {
    const n = text.length;
    let i = 0;
    this.nextQuote = -1;
    this.nextCR = -1;
    while (i < n) {
      if (this.afterCR) {
        this.afterCR = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      if (this.state === FIELD_START && this.cells.length === 0) {
        const next = this.plainLine(text, i, out);
        if (next > 0) {
          i = next;
          continue;
        }
      }
      switch (this.state) {
        case FIELD_START:
          if (text.charCodeAt(i) === QUOTE) {
            this.state = QUOTED;
            i++;
          } else i = this.unquoted(text, i, out);
          break;
        case UNQUOTED:
          i = this.unquoted(text, i, out);
          break;
        case QUOTED: {
          const j = text.indexOf('"', i);
          const end = j < 0 ? n : j;
          this.countBreaks(text, i, end);
          this.append(text, i, end);
          if (j < 0) return;
          this.state = QUOTE_SEEN;
          i = j + 1;
          break;
        }
        default: // QUOTE_SEEN
          if (text.charCodeAt(i) === QUOTE) {
            this.append('"', 0, 1);
            this.quotedCR = false;
            this.state = QUOTED;
            i++;
          } else this.state = UNQUOTED;
      }
    }
  }

  /**
   * The fast path, most records: a whole line from `start` without quotes or a lone CR, split in one go.
   * Returns where to go on, or -1 to leave the line to the character-by-character path.
   */
  private plainLine(text: string, start: number, out: CsvRecord[]): number {
    const lf = text.indexOf('\n', start);
    if (lf < 0 || lf - start > MAX_RECORD_CHARS) return -1;
    if (this.nextQuote < start) this.nextQuote = indexOrEnd(text, '"', start);
    if (this.nextQuote < lf) return -1;
    if (this.nextCR < start) this.nextCR = indexOrEnd(text, '\r', start);
    const crlf = this.nextCR === lf - 1;
    if (this.nextCR < lf && !crlf) return -1;
    out.push({ row: this.row, line: this.line, cells: text.slice(start, crlf ? lf - 1 : lf).split(this.separator) });
    this.row++;
    this.line++;
    return lf + 1;
  }

  /** Reads an unquoted cell, or the rest of one, from `start`; returns where to go on. */
  private unquoted(text: string, start: number, out: CsvRecord[]): number {
    const n = text.length;
    const delimiter = this.delimiter;
    let j = start;
    let c = 0;
    for (; j < n; j++) {
      c = text.charCodeAt(j);
      if (c === delimiter || c === CR || c === LF) break;
    }
    if (j === n) {
      this.append(text, start, n);
      this.state = UNQUOTED;
      return n;
    }
    if (this.field === '') {
      // The common case, a whole cell within this piece of text: no concatenation.
      this.cells.push(text.slice(start, j));
      this.grow(j - start + 1);
    } else {
      this.append(text, start, j);
      this.endField();
    }
    if (c === delimiter) this.state = FIELD_START;
    else {
      this.endRecord(out);
      this.afterCR = c === CR;
    }
    return j + 1;
  }

  /** The text is complete: flushes a last record without a line end, or refuses a quote left open. */
  end(out: CsvRecord[]): void {
    if (this.state === QUOTED) throw new CsvSyntaxError('UNCLOSED_QUOTE', this.row, this.line);
    if (this.state !== FIELD_START || this.cells.length > 0) {
      this.endField();
      this.endRecord(out);
    }
  }

  private append(text: string, from: number, to: number): void {
    if (to === from) return;
    this.field += text.slice(from, to);
    this.grow(to - from);
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    this.grow(1);
  }

  /** Counts the record's characters (a cell counts one more, for its delimiter) and refuses a runaway record. */
  private grow(chars: number): void {
    this.chars += chars;
    if (this.chars > MAX_RECORD_CHARS) throw new CsvSyntaxError('RECORD_TOO_LONG', this.row, this.line);
  }

  private endRecord(out: CsvRecord[]): void {
    out.push({ row: this.row, line: this.line, cells: this.cells });
    this.row++;
    this.line += this.breaks + 1;
    this.breaks = 0;
    this.chars = 0;
    this.cells = [];
    this.quotedCR = false;
    this.state = FIELD_START;
  }

  private countBreaks(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) {
        if (!this.quotedCR) this.breaks++;
        this.quotedCR = false;
      } else if (c === CR) {
        this.breaks++;
        this.quotedCR = true;
      } else this.quotedCR = false;
    }
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}
