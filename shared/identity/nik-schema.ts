import { z } from 'zod';

export const NikInfoSchema = z.object({
  nik: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  regionCode: z.string(),
  birthDay: z.number().int(),
  birthMonth: z.number().int(),
  birthYear2: z.number().int(),
  birthYearGuess: z.number().int(),
  sex: z.enum(['L', 'P']),
  serial: z.string(),
});
