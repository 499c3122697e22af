import { z } from 'zod';
import { Nothing } from './common-schemas';

/** Who operates the app, and what the app is. */
export const sessionContract = {
  'app.info': {
    input: Nothing,
    output: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'cli']) }),
  },
  'session.get': { input: Nothing, output: z.object({ operator: z.string().nullable(), knownOperators: z.array(z.string()) }) },
  'session.setOperator': {
    input: z.object({ name: z.string().trim().min(3, 'Nama operator paling sedikit 3 huruf').max(80, 'Nama operator terlalu panjang') }),
    output: z.object({ operator: z.string() }),
  },
} as const;
