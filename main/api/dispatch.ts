import '../../shared/api/zod-locale';
import { contract, isChannel, isVaultChannel } from '../../shared/api/contract';
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { invalidInput } from '../../shared/api/issues';
import type { ApiResult } from '../../shared/api/result';
import { LOCKED_MESSAGE } from '../../shared/meeting/meeting-rules';
import { AppError } from '../services/app-error';
import type { ServiceContext } from '../services/context';
import { BUSY_MESSAGE, isBusy, isMeetingLocked } from '../services/db-errors';
import { internalErrorMessage } from '../services/error-report';
import type { ErrorReporter } from '../services/error-report';
import type { DataFolder } from '../vault/data-folder';
import { handlers } from './handlers';
import { vaultHandlers } from './vault-handlers';

type Run = (channel: Channel, input: unknown) => Promise<unknown>;

/** Parses as unknown, runs, and turns every outcome into {ok, value} | {ok:false, error}. */
async function answer(channel: unknown, input: unknown, errors: ErrorReporter, run: Run): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Perintah tidak dikenal: ${String(channel).slice(0, 60)}` } };
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    return { ok: true, value: await run(channel, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApi() };
    if (isMeetingLocked(error)) return { ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } };
    if (isBusy(error)) return { ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } };
    return { ok: false, error: { code: 'INTERNAL', message: internalErrorMessage(errors.report(error, channel)) } };
  }
}

function runService(ctx: ServiceContext): Run {
  return async (channel, input) => {
    if (isVaultChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `Perintah ${channel} hanya dilayani pintu aplikasi`);
    const handler = handlers[channel] as (ctx: ServiceContext, input: ParsedInputOf<typeof channel>) => OutputOf<typeof channel> | Promise<OutputOf<typeof channel>>;
    return handler(ctx, input as ParsedInputOf<typeof channel>);
  };
}

/** The services' entry for an open folder (the CLI and the tests): every channel but the folder's lock. */
export function dispatch(ctx: ServiceContext, channel: unknown, input: unknown): Promise<ApiResult<unknown>> {
  return answer(channel, input, ctx.errors, runService(ctx));
}

export const VAULT_LOCKED_MESSAGE = 'Folder data masih terkunci. Buka dengan frasa sandi (atau kode pemulihan) terlebih dahulu.';

/** The one entry every door uses: the folder's lock answers while it is locked; once open, the services do. */
export function dispatchToFolder(folder: DataFolder, channel: unknown, input: unknown): Promise<ApiResult<unknown>> {
  return answer(channel, input, folder.errors, async (c, parsed) => {
    if (isVaultChannel(c)) {
      const handler = vaultHandlers[c] as (folder: DataFolder, input: unknown) => unknown;
      return handler(folder, parsed);
    }
    const ctx = folder.context();
    if (!ctx) throw new AppError('VAULT_LOCKED', VAULT_LOCKED_MESSAGE);
    return runService(ctx)(c, parsed);
  });
}
