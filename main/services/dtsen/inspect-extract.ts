import { matchHeaders } from '../../../shared/dtsen/columns';
import type { Inspection } from '../../../shared/dtsen/import-result';
import { openTable } from '../../dtsen/read-table';
import type { ServiceContext } from '../context';
import { headerProblems } from './header-problems';
import { rememberedMapping } from './import-extract';
import type { FileSource } from '../file-source';

const PREVIEW_ROWS = 5;

/** The headers and first rows of an extract, each column read as the import would read it: the mapping screen's content. */
export async function inspectExtract(ctx: ServiceContext, source: FileSource, fileName: string, sheet: string | undefined): Promise<Inspection> {
  const table = await openTable(source, { name: fileName, sheet });
  try {
    const mapping = rememberedMapping(ctx.db, table.headers);
    const match = matchHeaders(table.headers, mapping);
    const preview: string[][] = [];
    for await (const row of table.rows) {
      preview.push(row.cells);
      if (preview.length >= PREVIEW_ROWS) break;
    }
    return {
      headers: table.headers,
      fields: match.fields,
      remembered: Object.keys(mapping).length > 0,
      shape: match.shape,
      preview,
      problems: headerProblems(match, table.headerRow),
      sheets: table.format === 'XLSX' ? table.sheets : [],
    };
  } finally {
    await table.close();
  }
}
