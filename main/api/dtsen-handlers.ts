import type { dtsenContract } from '../../shared/api/dtsen-contract';
import { inspectExtract } from '../services/dtsen/inspect-extract';
import type { Handlers } from './handler-types';

export const dtsenHandlers: Handlers<keyof typeof dtsenContract> = {
  'dtsen.inspect': (ctx, input) => ctx.uploads.peek(input.uploadId, (file) => inspectExtract(ctx, file, input.fileName, input.sheet)),
  'dtsen.start': (ctx, { uploadId, ...request }) =>
    ctx.imports.start(ctx, request, (use) => (request.dryRun ? ctx.uploads.peek(uploadId, use) : ctx.uploads.consume(uploadId, use))),
  'dtsen.job': (ctx, input) => ctx.imports.status(input.id),
  'dtsen.cancel': (ctx, input) => ctx.imports.cancel(input.id),
};
