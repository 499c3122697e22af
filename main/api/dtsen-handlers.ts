import type { dtsenContract } from '../../shared/api/dtsen-contract';
import { inspectExtract } from '../services/dtsen/inspect-extract';
import { startImport } from '../services/dtsen/start-import';
import type { Handlers } from './handler-types';

export const dtsenHandlers: Handlers<keyof typeof dtsenContract> = {
  'dtsen.inspect': (ctx, input) => ctx.uploads.peek(input.uploadId, (file) => inspectExtract(ctx, file, input.fileName, input.sheet)),
  'dtsen.start': (ctx, { uploadId, ...request }) => startImport(ctx, uploadId, request),
  'dtsen.job': (ctx, input) => ctx.imports.status(input.id),
  'dtsen.cancel': (ctx, input) => ctx.imports.cancel(input.id),
};
