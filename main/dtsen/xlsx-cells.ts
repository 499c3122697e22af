import type ExcelJS from 'exceljs';

export interface RowCells {
  cells: string[];
  /** 0-based indexes of the cells stored as numbers. */
  numeric: number[];
}

/**
 * A sheet row's cells as text: text as is; a number as the digits Excel shows for it in General format, never
 * with an exponent when it is an integer (a NIK stored as a number reads 3573051201900000, and is listed in
 * `numeric` so the caller can refuse it); a date as yyyy-mm-dd; TRUE/FALSE; an error as Excel writes it
 * (#N/A); a formula as its last computed result. `cells` is at least `width` long, padded with ''.
 */
export function rowCells(row: ExcelJS.Row, width: number, date1904: boolean): RowCells {
  const cells: string[] = [];
  const numeric: number[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    while (cells.length < column - 1) cells.push('');
    const { text, isNumber } = cellText(cell.value, cell.numFmt, date1904);
    if (isNumber) numeric.push(column - 1);
    cells.push(text);
  });
  while (cells.length < width) cells.push('');
  return { cells, numeric };
}

function cellText(value: ExcelJS.CellValue, numFmt: string | undefined, date1904: boolean): { text: string; isNumber: boolean } {
  if (value === null || value === undefined) return { text: '', isNumber: false };
  if (typeof value === 'number') return { text: numberText(value), isNumber: true };
  if (typeof value === 'string') return { text: value, isNumber: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', isNumber: false };
  if (value instanceof Date) return { text: dateText(value), isNumber: false };
  if ('error' in value) return { text: value.error, isNumber: false };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), isNumber: false };
  if ('hyperlink' in value) return cellText(value.text, undefined, date1904);
  // A formula: exceljs keeps a number result as a number even where the cell's format shows a date.
  if (typeof value.result === 'number' && isDateFormat(numFmt)) return { text: dateText(excelDate(value.result, date1904)), isNumber: false };
  return cellText(value.result, undefined, date1904);
}

function numberText(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  // Excel keeps 15 significant digits: 0.1 + 0.2 reads 0.3.
  return String(Number(value.toPrecision(15)));
}

function dateText(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Excel's serial day number as exceljs converts it: days since 1899-12-30, or since 1904-01-01 in a 1904 workbook. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The test exceljs applies to plain cells: a format with date or time letters outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
