import type { WorklistFilter } from '../../shared/dtsen/worklist-schema';
import type { ServiceContext } from './context';
import { storedSettings } from './settings';
import { filterWorklist, worklist, worklistItems } from './worklist';
import { worklistXlsx } from './worklist-xlsx';

/** daftar-periksa-<kode kelurahan>-<YYYYMMDD>.<ext> */
function fileName(ctx: ServiceContext, today: string, ext: string): string {
  const code = storedSettings(ctx)?.kelurahanCode;
  return `daftar-periksa-${code ? `${code}-` : ''}${today.replaceAll('-', '')}.${ext}`;
}

export async function worklistXlsxFile(ctx: ServiceContext, filter: WorklistFilter): Promise<{ fileName: string; content: Buffer }> {
  const { today, rules, items } = worklist(ctx);
  const kept = worklistItems(ctx, filterWorklist(items, filter).entries, rules);
  return { fileName: fileName(ctx, today, 'xlsx'), content: await worklistXlsx(kept, ctx.now()) };
}
