import type { ImportJob } from '../../../shared/dtsen/import-result';
import type { SealedScratch } from '../../package/sealed-scratch';
import type { ServiceContext } from '../context';
import { importExtract } from './import-extract';
import type { ImportRequest } from './import-extract';

/**
 * An import of an uploaded file in the background, with progress and Batalkan. A dry run ("Periksa dulu") keeps the
 * upload for the import that follows; the import uses it up.
 */
export function startImport(ctx: ServiceContext, uploadId: string, request: Omit<ImportRequest, 'source' | 'signal' | 'progress'>): ImportJob {
  return ctx.imports.start(ctx, 'dtsen.start', (progress, signal) => {
    const run = (source: SealedScratch) => importExtract(ctx, { ...request, source, signal, progress });
    return request.dryRun ? ctx.uploads.peek(uploadId, run) : ctx.uploads.consume(uploadId, run);
  });
}
