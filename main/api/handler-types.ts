import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';

export type Handlers<C extends Channel = Channel> = {
  [K in C]: (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
};
