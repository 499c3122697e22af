import { matchHeaders } from '../../../shared/dtsen/columns';
import type { ColumnMapping, RowProblem } from '../../../shared/dtsen/import-result';
import type { FileShape, HeaderMatch } from '../../../shared/dtsen/columns';
import { readPersonRow } from '../../../shared/dtsen/person-row';
import type { ImportedPerson } from '../../../shared/dtsen/person-row';
import { openTable } from '../../dtsen/read-table';
import type { TableSource } from './table-source';
import { headerProblems } from './header-problems';

export interface ExtractRead {
  shape: FileShape;
  headers: string[];
  match: HeaderMatch;
  rows: number;
  /** Valid rows, in file order. */
  people: ImportedPerson[];
  errors: RowProblem[];
  /** No. KK (as written) of every row with an error: their families are left out whole. */
  badKks: Set<string>;
}

export interface ReadOptions {
  name: string;
  sheet?: string;
  /** The hand-made mapping for these headers (remembered, or given now). */
  mapping: (headers: readonly string[]) => ColumnMapping;
  today: Date;
  signal?: AbortSignal;
  /** Called now and then with bytes read and the file's size. */
  progress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 5000;

/**
 * Reads every row of an extract and checks it with the form's rules. Headers that cannot be imported stop
 * the reading at once, their problems the only errors.
 */
export async function readExtract(source: TableSource, options: ReadOptions): Promise<ExtractRead> {
  const table = await openTable(source, { sheet: options.sheet, signal: options.signal, name: options.name });
  const match = matchHeaders(table.headers, options.mapping(table.headers));
  const refused = headerProblems(match, table.headerRow);
  const read: ExtractRead = { shape: match.shape, headers: table.headers, match, rows: 0, people: [], errors: refused, badKks: new Set() };
  if (refused.length > 0) {
    await table.close();
    return read;
  }
  const kkAt = match.fields.indexOf('noKk');
  for await (const row of table.rows) {
    read.rows++;
    const { person, errors } = readPersonRow(row, table.headers, match.fields, match.shape, options.today);
    if (person) read.people.push(person);
    else {
      read.errors.push(...errors);
      const kk = kkAt < 0 ? '' : (row.cells[kkAt] ?? '').trim();
      if (kk !== '') read.badKks.add(kk);
    }
    if (read.rows % PROGRESS_EVERY === 0) options.progress?.(table.bytesRead(), table.size);
  }
  options.progress?.(table.size, table.size);
  return read;
}
