import { RekapSchema } from '../rekap/schema';
import { Nothing } from './common-schemas';

/** Rekap: the register counted per RW, desil and programme. */
export const rekapContract = {
  'rekap.get': { input: Nothing, output: RekapSchema },
} as const;
