import type { SealedScratch } from '../package/sealed-scratch';
import { openCsv } from './read-csv';
import { openXlsx } from './read-xlsx';
import { sniff } from './sniff';
import { throwIfCancelled } from './table';
import type { OpenTableOptions, Table } from './table';
import { tableBytes } from './table-bytes';

export type { CsvTable, Delimiter, OpenTableOptions, Table, TableRow, TextEncodingName, XlsxTable } from './table';

/**
 * Opens a DTSEN extract (CSV/TXT or XLSX, told apart by content, not by name) as a header and a stream of rows
 * of strings: a file, or an upload sealed as it arrived, read straight from its sealed file. Only the header is
 * read here; rows are read as they are consumed, so memory stays bounded whatever the file's size. A file that
 * cannot be read as a table fails with AppError INVALID_INPUT naming the file (and the row, where one is to
 * blame), a missing file with NOT_FOUND, a cancel with CONFLICT. Messages name the file `options.name`, by
 * default its base name; an upload's sealed file has a random name, so pass the name it came under.
 */
export async function openTable(source: string | SealedScratch, options: OpenTableOptions & { name?: string } = {}): Promise<Table> {
  const bytes = tableBytes(source, options.name);
  throwIfCancelled(options.signal, bytes.name);
  const { format, size } = await sniff(bytes);
  throwIfCancelled(options.signal, bytes.name);
  return format === 'XLSX' ? openXlsx(bytes, size, options) : openCsv(bytes, size, options);
}
