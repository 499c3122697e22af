import type { dtsenContract } from '../../shared/api/dtsen-contract';
import type { SealedScratch } from '../package/sealed-scratch';
import { importExtract } from '../services/dtsen/import-extract';
import { inspectExtract } from '../services/dtsen/inspect-extract';
import type { Handlers } from './handler-types';

export const dtsenHandlers: Handlers<keyof typeof dtsenContract> = {
  'dtsen.inspect': (ctx, input) => ctx.uploads.peek(input.uploadId, (file) => inspectExtract(ctx, file, input.fileName, input.sheet)),
  // A dry run keeps its upload for the import that follows; the import uses it up.
  'dtsen.start': (ctx, { uploadId, ...request }) =>
    ctx.imports.start(ctx, 'dtsen.start', (progress, signal) => {
      const run = (source: SealedScratch) => importExtract(ctx, { ...request, source, signal, progress });
      return request.dryRun ? ctx.uploads.peek(uploadId, run) : ctx.uploads.consume(uploadId, run);
    }),
  'dtsen.job': (ctx, input) => ctx.imports.status(input.id),
  'dtsen.cancel': (ctx, input) => ctx.imports.cancel(input.id),
};
