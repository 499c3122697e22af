import type { packagesContract } from '../../shared/api/packages-contract';
import { generateKey, keyInfo, setDinsosRecipient } from '../services/keys';
import { exportPackage, listExports } from '../services/package-export';
import { startExport } from '../services/package-jobs';
import { verifyUpload } from '../services/package-verify';
import type { Handlers } from './handler-types';

export const packagesHandlers: Handlers<keyof typeof packagesContract> = {
  'keys.info': (ctx) => keyInfo(ctx),
  'keys.generate': (ctx, input) => generateKey(ctx, input.passphrase, input.replace),
  'keys.setRecipient': (ctx, input) => setDinsosRecipient(ctx, input.text),
  'packages.exportNow': (ctx, input) => exportPackage(ctx, input),
  'packages.start': (ctx, input) => startExport(ctx, input),
  'packages.job': (ctx, input) => ctx.jobs.status(input.id),
  'packages.cancel': (ctx, input) => ctx.jobs.cancel(input.id),
  'packages.list': (ctx, input) => listExports(ctx, input.meetingId),
  'uploads.begin': (ctx) => ctx.uploads.begin(ctx.dataDir),
  'uploads.append': (ctx, input) => ctx.uploads.append(input.uploadId, input.chunkBase64),
  'packages.verify': (ctx, input) => verifyUpload(ctx, input),
};
