import { z } from 'zod';
import { PROGRAMS } from '../household/options';

const count = z.number().int();
/** Families per desil, index 0-9 for desil 1-10 and index 10 for families without a desil. */
const PerDesil = z.array(count).length(11);

export const RekapSchema = z.object({
  families: count,
  people: count,
  byRw: z.array(z.object({ rw: z.number().int(), families: count, people: count, familiesByDesil: PerDesil })),
  /** Desil 1-10, then null: families without a desil (not in DTSEN). */
  byDesil: z.array(z.object({
    desil: z.number().int().nullable(),
    families: count,
    people: count,
    recipients: z.object({ PKH: count, SEMBAKO: count, PBI_JK: count }),
  })),
  byProgram: z.array(z.object({ program: z.enum(PROGRAMS.codes), families: count, people: count })),
});
export type Rekap = z.infer<typeof RekapSchema>;
