import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';

/** One domain's handlers: exactly its contract's channels, each taking the parsed input and returning the declared output. */
export type Handlers<C extends Channel = Channel> = {
  [K in C]: (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
};
