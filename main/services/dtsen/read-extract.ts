import { matchHeaders } from '../../../shared/dtsen/columns';
import type { ColumnMapping } from '../../../shared/dtsen/import-result';
import type { FileShape, HeaderMatch } from '../../../shared/dtsen/columns';
import { personRowReader } from '../../../shared/dtsen/person-row';
import { stagedPersonToDb } from '../../db/dtsen-staging-mapping';
import { indexStaged, insertStaged } from '../../db/dtsen-staging-queries';
import type { StagedRow } from '../../db/dtsen-staging-queries';
import { openTable } from '../../dtsen/read-table';
import type { ServiceContext } from '../context';
import type { FileSource } from '../file-source';
import { headerProblems } from './header-problems';
import { ProblemList } from './problem-list';

export interface ExtractRead {
  shape: FileShape;
  headers: string[];
  match: HeaderMatch;
  rows: number;
  errors: ProblemList;
  /** The header of a field's column as written in the file, for messages. */
  headerOf: (field: 'nik' | 'noKk') => string;
}

export interface ReadOptions {
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
 * Reads every row of an extract, checks it with the form's rules and stages it (see attachStaging) in
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
  const read: ExtractRead = { shape: match.shape, headers: table.headers, match, rows: 0, errors, headerOf };
  if (errors.count > 0) {
    await table.close();
    return read;
  }
  const readPerson = personRowReader(table.headers, match.fields, match.shape, ctx.now());
  const kkAt = match.fields.indexOf('noKk');
  let batch: StagedRow[] = [];
  const flush = () => {
    const rows = batch;
    batch = [];
    insertStaged(ctx.db, rows);
  };
  for await (const row of table.rows) {
    read.rows++;
    const { person, errors: problems } = readPerson(row);
    errors.push(...problems);
    const noKk = person?.noKk ?? (kkAt < 0 ? '' : (row.cells[kkAt] ?? '').trim());
    batch.push({ row: row.row, noKk, nik: person?.nik ?? '', person: person ? stagedPersonToDb(person) : null });
    if (batch.length >= STAGE_EVERY) {
      flush();
      options.progress?.(table.bytesRead(), table.size);
    }
  }
  flush();
  indexStaged(ctx.db, match.shape);
  options.progress?.(table.size, table.size);
  return read;
}
