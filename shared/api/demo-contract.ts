import { z } from 'zod';

/** Synthetic Kota Malang data for trying the app and for tests. */
export const demoContract = {
  'demo.fill': {
    input: z.object({
      households: z.number().int().min(1).max(200_000),
      seed: z.number().int().min(0).max(2 ** 32 - 1),
      /** Any of Kota Malang's kelurahan; without it, Kelurahan Dinoyo (or the kelurahan the folder is already set up for). */
      kelurahan: z.string().regex(/^\d{10}$/, 'Kode kelurahan harus 10 digit, misalnya 3573051004').optional(),
    }),
    output: z.object({ households: z.number().int(), members: z.number().int(), meetings: z.number().int() }),
  },
} as const;
