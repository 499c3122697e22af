import { z } from 'zod';

/** Synthetic Kota Malang data for trying the app and for tests. */
export const demoContract = {
  'demo.fill': {
    input: z.object({ households: z.number().int().min(1).max(200_000), seed: z.number().int().min(0).max(2 ** 32 - 1) }),
    output: z.object({ households: z.number().int(), members: z.number().int(), meetings: z.number().int() }),
  },
} as const;
