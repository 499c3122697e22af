import type { packageContract } from '../../shared/api/package-contract';
import { generateKey, keyInfo, setDinsosRecipient } from '../services/keys';
import { exportPackage, listExports } from '../services/package-export';
import { cancelExport, jobStatus, startExport } from '../services/package-jobs';
import { verifyUpload } from '../services/package-verify';
import type { Handlers } from './handler-types';

export const packageHandlers: Handlers<keyof typeof packageContract> = {
  'keys.info': (ctx) => keyInfo(ctx),
  'keys.generate': (ctx, input) => generateKey(ctx, input.passphrase, input.replace),
  'keys.setRecipient': (ctx, input) => setDinsosRecipient(ctx, input.text),
  'packages.exportNow': (ctx, input) => exportPackage(ctx, input),
  'packages.start': (ctx, input) => startExport(ctx, input),
  'packages.job': (_ctx, input) => jobStatus(input.id),
  'packages.cancel': (_ctx, input) => cancelExport(input.id),
  'packages.list': (ctx, input) => listExports(ctx, input.meetingId),
  'packages.verify': (_ctx, input) => verifyUpload(input),
};
