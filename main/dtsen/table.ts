import { AppError } from '../services/app-error';

/** The column separators a CSV/TXT file may use; detected from its header line. */
export type Delimiter = ';' | ',' | '|' | '\t';

export type TextEncodingName = 'UTF-8' | 'WINDOWS-1252';

/** One data row of a table; the header row is not one of them. */
export interface TableRow {
  /**
   * The row number a spreadsheet shows: the file's first row is 1, the header row counts, and so do blank rows
   * (which are never yielded). In a CSV a record whose quoted cell holds line breaks is one row, as Excel shows it.
   */
  row: number;
  /** CSV: the physical text line this record starts on (larger than `row` after quoted line breaks). XLSX: `row`. */
  line: number;
  /** Cell texts, '' for an empty cell. CSV: as many as the record has. XLSX: at least as many as the headers. */
  cells: string[];
  /** 0-based indexes of the cells an XLSX sheet stores as numbers (dates excluded); always empty for CSV. */
  numeric: readonly number[];
}

interface TableBase {
  /** The cells of the header row: the first row that is not blank. */
  headers: string[];
  headerRow: number;
  /** The data rows after the header, read as they are consumed. Fully blank rows are skipped. Iterate once. */
  rows: AsyncIterable<TableRow>;
  /** The file's size in bytes. */
  size: number;
  /** How far reading has come, in bytes of the file, for a progress bar (XLSX: estimated, see XlsxTable). */
  bytesRead(): number;
  /** Releases the file; needed only when `rows` is not iterated to its end (iterating to the end, or breaking out, closes it too). */
  close(): Promise<void>;
}

export interface CsvTable extends TableBase {
  format: 'CSV';
  delimiter: Delimiter;
  /**
   * UTF-8 (with or without BOM) or Windows-1252, decided at the file's first non-ASCII byte: a valid UTF-8
   * sequence there means UTF-8. Until such a byte has been read (pure ASCII so far) this says UTF-8.
   */
  encoding(): TextEncodingName;
}

export interface XlsxTable extends TableBase {
  format: 'XLSX';
  /** The sheet read: the one asked for, or the first visible worksheet. */
  sheet: string;
  /** Every worksheet's name, in the workbook's tab order. */
  sheets: string[];
}

export type Table = CsvTable | XlsxTable;

export interface OpenTableOptions {
  /** XLSX only: the worksheet's name (exact, or the only case-insensitive match). */
  sheet?: string;
  /** Aborting makes the pending or next read reject with AppError CONFLICT and releases the file. */
  signal?: AbortSignal;
}

/** A file that cannot be read as a table; messages name the file by its base name, never its whole path. */
export function badFile(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}

export function throwIfCancelled(signal: AbortSignal | undefined, name: string): void {
  if (signal?.aborted) throw new AppError('CONFLICT', `Pembacaan berkas ${name} dibatalkan.`);
}

/** True when every cell is ''. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}
