import type ExcelJS from 'exceljs';
import { AppError } from '../services/app-error';
import { badFile, isBlank, throwIfCancelled } from './table';
import type { OpenTableOptions, TableRow, XlsxTable } from './table';
import type { TableBytes } from './table-bytes';
import { rowCells } from './xlsx-cells';
import { broken, openSheet } from './xlsx-workbook';

/**
 * A worksheet of an XLSX file as a table: the header is read now, the rows as they are consumed. `bytesRead`
 * is an estimate: the file's size times the share of the sheet unpacked so far.
 */
export async function openXlsx(bytes: TableBytes, size: number, options: OpenTableOptions): Promise<XlsxTable> {
  const { name } = bytes;
  const opened = await openSheet(bytes, options.sheet, options.signal);
  const close = () => {
    opened.close();
    return Promise.resolve();
  };
  const sheetRows = opened.rows[Symbol.asyncIterator]();
  let lastRow = 0;
  /** The next row that is not blank, or null after the last one. */
  const next = async (width: number): Promise<TableRow | null> => {
    for (;;) {
      throwIfCancelled(options.signal, name);
      let result: IteratorResult<ExcelJS.Row>;
      try {
        result = await sheetRows.next();
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw lastRow === 0 ? broken(name, error) : badFile(`Berkas ${name} rusak setelah baris ${lastRow} lembar "${opened.sheet}" (${error instanceof Error ? error.message : String(error)}).`);
      }
      if (result.done) return null;
      lastRow = result.value.number;
      const { cells, numeric } = rowCells(result.value, width, opened.date1904);
      if (!isBlank(cells)) return { row: lastRow, line: lastRow, cells, numeric };
    }
  };

  let header: TableRow | null;
  try {
    header = await next(0);
  } catch (error) {
    await close();
    throw error;
  }
  if (!header) {
    await close();
    throw badFile(`Lembar "${opened.sheet}" pada berkas ${name} kosong: tidak ada baris judul kolom.`);
  }
  const headers = header.cells.slice(0, lastFilled(header.cells) + 1);

  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (let row = await next(headers.length); row; row = await next(headers.length)) yield row;
    } finally {
      await close();
    }
  }

  return {
    format: 'XLSX',
    sheet: opened.sheet,
    sheets: opened.sheets,
    headers,
    headerRow: header.row,
    rows: rows(),
    size,
    bytesRead: () => Math.min(size, Math.round(size * opened.progress())),
    close,
  };
}

function lastFilled(cells: readonly string[]): number {
  return cells.findLastIndex((c) => c !== '');
}
