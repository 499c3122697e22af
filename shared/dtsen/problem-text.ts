import type { RowProblem } from './import-result';

/** "Baris 12, kolom NIK (3.57305E+15): NIK …" as the CLI prints it and the result screen lists it. */
export function problemText(p: RowProblem): string {
  const where = [p.row === null ? null : `Baris ${String(p.row)}`, p.column === null ? null : `kolom ${p.column}`].filter((x) => x !== null).join(', ');
  const value = p.value === '' ? '' : ` (${p.value})`;
  return `${where === '' ? '' : `${where}${value}: `}${p.message}`;
}
