import type { rekapContract } from '../../shared/api/rekap-contract';
import { rekap } from '../services/rekap';
import type { Handlers } from './handler-types';

export const rekapHandlers: Handlers<keyof typeof rekapContract> = {
  'rekap.get': (ctx) => rekap(ctx),
};
