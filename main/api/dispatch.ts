import '../../shared/api/zod-locale';
import { contract, isChannel } from '../../shared/api/contract';
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { invalidInput } from '../../shared/api/issues';
import type { ApiResult } from '../../shared/api/result';
import { AppError } from '../services/app-error';
import type { ServiceContext } from '../services/context';
import { internalErrorMessage } from '../services/error-report';
import { LOCKED_MESSAGE } from '../../shared/meeting/meeting-rules';
import { BUSY_MESSAGE, isBusy, isMeetingLocked } from '../services/db-errors';
import { handlers } from './handlers';

async function call<C extends Channel>(ctx: ServiceContext, channel: C, input: ParsedInputOf<C>): Promise<OutputOf<C>> {
  const handler = handlers[channel] as (ctx: ServiceContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
  return handler(ctx, input);
}

/** The one entry every door uses: parse as unknown, call the service, answer {ok, value} | {ok:false, error}. */
export async function dispatch(ctx: ServiceContext, channel: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Perintah tidak dikenal: ${String(channel).slice(0, 60)}` } };
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const value = await call(ctx, channel, parsed.data as ParsedInputOf<typeof channel>);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApi() };
    if (isMeetingLocked(error)) return { ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } };
    if (isBusy(error)) return { ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } };
    return { ok: false, error: { code: 'INTERNAL', message: internalErrorMessage(ctx.errors.report(error, channel)) } };
  }
}
