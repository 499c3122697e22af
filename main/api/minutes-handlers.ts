import type { minutesContract } from '../../shared/api/minutes-contract';
import { minutesHtml, minutesPdf } from '../services/minutes';
import type { Handlers } from './handler-types';

export const minutesHandlers: Handlers<keyof typeof minutesContract> = {
  'minutes.html': async (ctx, input) => ({ html: await minutesHtml(ctx, input.meetingId, input.document) }),
  'minutes.pdf': async (ctx, input) => {
    const { fileName, pdf } = await minutesPdf(ctx, input.meetingId, input.document);
    return { fileName, contentBase64: pdf.toString('base64') };
  },
};
