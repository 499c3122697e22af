import { matchHeaders } from '../../../shared/dtsen/columns';
import type { ColumnMapping } from '../../../shared/dtsen/import-result';
import type { FileShape, HeaderMatch } from '../../../shared/dtsen/columns';
import { readPersonRow } from '../../../shared/dtsen/person-row';
import { insertStaged } from '../../db/dtsen-staging-queries';
import type { StagedRow } from '../../db/dtsen-staging-queries';
import { writeTransaction } from '../../db/write-transaction';
import { openTable } from '../../dtsen/read-table';
import type { ServiceContext } from '../context';
import type { FileSource } from '../file-source';
import { headerProblems } from './header-problems';
import { ProblemList } from './problem-list';

export interface ExtractRead {
  /** The staging run holding the rows (see migration 006). */
  run: string;
  shape: FileShape;
  headers: string[];
  match: HeaderMatch;
  rows: number;
  errors: ProblemList;
  /** The header of a field's column as written in the file, for messages. */
  headerOf: (field: 'nik' | 'noKk') => string;
}

export interface ReadOptions {
  run: string;
  name: string;
  sheet?: string;
  /** The hand-made mapping for these headers (remembered, or given now). */
  mapping: (headers: readonly string[]) => ColumnMapping;
  signal?: AbortSignal;
  /** Called now and then with bytes read and the file's size. */
  progress?: (done: number, total: number) => void;
}

const STAGE_EVERY = 20_000;

/**
 * Reads every row of an extract, checks it with the form's rules and stages it under `options.run` in
 * small transactions, so memory stays bounded whatever the file's size. Rows with an error are staged
 * without their person: their family is skipped as a whole. Headers that cannot be imported stop the reading
 * at once, their problems the only errors.
 */
export async function readExtract(ctx: ServiceContext, source: FileSource, options: ReadOptions): Promise<ExtractRead> {
  const table = await openTable(source, { sheet: options.sheet, signal: options.signal, name: options.name });
  const match = matchHeaders(table.headers, options.mapping(table.headers));
  const errors = new ProblemList();
  errors.push(...headerProblems(match, table.headerRow));
  const headerOf = (field: 'nik' | 'noKk') => table.headers[match.fields.indexOf(field)] ?? field;
  const read: ExtractRead = { run: options.run, shape: match.shape, headers: table.headers, match, rows: 0, errors, headerOf };
  if (errors.count > 0) {
    await table.close();
    return read;
  }
  const today = ctx.now();
  const kkAt = match.fields.indexOf('noKk');
  const nikAt = match.fields.indexOf('nik');
  let batch: StagedRow[] = [];
  const flush = () => {
    const rows = batch;
    batch = [];
    writeTransaction(ctx.db, () => insertStaged(ctx.db, options.run, rows));
  };
  for await (const row of table.rows) {
    read.rows++;
    const { person, errors: problems } = readPersonRow(row, table.headers, match.fields, match.shape, today);
    errors.push(...problems);
    const cell = (at: number) => (at < 0 ? '' : (row.cells[at] ?? '').trim());
    batch.push({ row: row.row, no_kk: person?.noKk ?? cell(kkAt), nik: person?.nik ?? cell(nikAt), person: person ? JSON.stringify(person) : null });
    if (batch.length >= STAGE_EVERY) {
      flush();
      options.progress?.(table.bytesRead(), table.size);
    }
  }
  flush();
  options.progress?.(table.size, table.size);
  return read;
}
