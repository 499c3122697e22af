import type { Channel, OutputOf } from '../../../shared/api/contract';
import { dispatch } from '../../api/dispatch';
import type { ServiceContext } from '../../services/context';
import { CliFailure } from './cli-command';

/** Calls a channel through the dispatcher (which validates the input); a refusal becomes a CliFailure with its Indonesian message. */
export async function callOrFail<C extends Channel>(ctx: ServiceContext, channel: C, input: unknown): Promise<OutputOf<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new CliFailure(`Gagal: ${result.error.message}`, 1);
  return result.value as OutputOf<C>;
}
