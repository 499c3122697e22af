import type { RowProblem } from '../../../shared/dtsen/import-result';

/** Excel runs a cell starting with one of these as a formula; text from an extract must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(text: string): string {
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** Digits as a text formula, or Excel shows a NIK as 3.57305E+15 and an RT without its leading zeros. */
const value = (text: string) => (/^\d+$/.test(text) ? `="${text}"` : cell(text));

/**
 * A problem list as Excel on Indonesian Windows opens it with a double click: `;`-separated (the list separator
 * of the Indonesian locale), UTF-8 with a BOM, CRLF.
 */
export function problemsCsv(problems: readonly RowProblem[]): string {
  const lines = [
    'Baris;Kolom;Nilai;Keterangan',
    ...problems.map((p) => [p.row === null ? '' : String(p.row), cell(p.column ?? ''), value(p.value), cell(p.message)].join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
