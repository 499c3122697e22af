import { basename } from 'node:path';
import { openCsv } from './read-csv';
import { openXlsx } from './read-xlsx';
import { sniffFile } from './sniff';
import { throwIfCancelled } from './table';
import type { OpenTableOptions, Table } from './table';

export type { CsvTable, Delimiter, OpenTableOptions, Table, TableRow, TextEncodingName, XlsxTable } from './table';

/**
 * Opens a DTSEN extract (CSV/TXT or XLSX, told apart by content, not by name) as a header and a stream of rows
 * of strings. Only the header is read here; rows are read as they are consumed, so memory stays bounded
 * whatever the file's size. A file that cannot be read as a table fails with AppError INVALID_INPUT naming the
 * file (and the row, where one is to blame), a missing file with NOT_FOUND, a cancel with CONFLICT.
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<Table> {
  const name = basename(path);
  throwIfCancelled(options.signal, name);
  const { format, size } = await sniffFile(path, name);
  throwIfCancelled(options.signal, name);
  return format === 'XLSX' ? openXlsx(path, name, size, options) : openCsv(path, name, size, options);
}
