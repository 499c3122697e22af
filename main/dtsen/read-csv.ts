import { CsvRecords } from './csv-records';
import type { CsvRecord } from './csv-parser';
import { badFile, isBlank } from './table';
import type { CsvTable, OpenTableOptions, TableRow } from './table';
import type { TableBytes } from './table-bytes';

const NONE: readonly number[] = Object.freeze([]);

/** A CSV/TXT file as a table: the header is read now, the rows as they are consumed. */
export async function openCsv(bytes: TableBytes, size: number, options: OpenTableOptions): Promise<CsvTable> {
  const { name } = bytes;
  if (options.sheet !== undefined) {
    throw badFile(`Pilihan lembar "${options.sheet}" hanya berlaku untuk berkas XLSX, sedangkan ${name} adalah berkas teks (CSV).`);
  }
  const { chunks, close } = bytes.read();
  const records = new CsvRecords(chunks, name, options.signal);
  let header: CsvRecord | null;
  try {
    do header = await records.next();
    while (header && isBlank(header.cells));
  } catch (error) {
    await close();
    throw error;
  }
  if (!header) {
    await close();
    throw badFile(`Berkas ${name} kosong: tidak ada baris judul kolom.`);
  }

  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (let record = await records.next(); record; record = await records.next()) {
        // An object literal, not a spread: spreading costs about a second per million rows.
        if (!isBlank(record.cells)) yield { row: record.row, line: record.line, cells: record.cells, numeric: NONE };
      }
    } finally {
      await close();
    }
  }

  return {
    format: 'CSV',
    delimiter: records.delimiter,
    encoding: () => records.encoding,
    headers: header.cells,
    headerRow: header.row,
    rows: rows(),
    size,
    bytesRead: () => records.bytesRead,
    close,
  };
}
