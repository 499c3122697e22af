import { z } from 'zod';
import { Nothing } from './common-schemas';

/** Who operates the app: every audit entry carries the name. */
export const sessionContract = {
  'session.get': { input: Nothing, output: z.object({ operator: z.string().nullable(), knownOperators: z.array(z.string()) }) },
  'session.setOperator': {
    input: z.object({ name: z.string().trim().min(3, 'Nama operator paling sedikit 3 huruf').max(80, 'Nama operator terlalu panjang') }),
    output: z.object({ operator: z.string() }),
  },
} as const;
