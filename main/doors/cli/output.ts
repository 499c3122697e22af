import type { Channel, OutputOf } from '../../../shared/api/contract';
import { dispatch } from '../../api/dispatch';
import type { ServiceContext } from '../../services/context';

/** Calls a channel through the dispatcher (which validates the input); prints the Indonesian message and exits 1 on failure. */
export async function callOrExit<C extends Channel>(ctx: ServiceContext, channel: C, input: unknown): Promise<OutputOf<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) {
    console.error(`Gagal: ${result.error.message}`);
    process.exit(1);
  }
  return result.value as OutputOf<C>;
}
