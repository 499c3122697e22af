import type { worklistContract } from '../../shared/api/worklist-contract';
import { listWorklist } from '../services/worklist';
import { worklistPdfFile, worklistXlsxFile } from '../services/worklist-files';
import { proposeFromWorklist } from '../services/worklist-propose';
import type { Handlers } from './handler-types';

export const worklistHandlers: Handlers<keyof typeof worklistContract> = {
  'worklist.list': (ctx, input) => listWorklist(ctx, input),
  'worklist.propose': (ctx, input) => proposeFromWorklist(ctx, input),
  'worklist.xlsx': async (ctx, input) => {
    const { fileName, content } = await worklistXlsxFile(ctx, input.filter);
    return { fileName, contentBase64: content.toString('base64') };
  },
  'worklist.pdf': async (ctx, input) => {
    const { fileName, content } = await worklistPdfFile(ctx, input.filter);
    return { fileName, contentBase64: content.toString('base64') };
  },
};
