import { parseNik } from '../../shared/identity/nik';
import type { NikInfo } from '../../shared/identity/nik';
import { AppError } from './app-error';

/** What a NIK says (region, birth date, sex, serial), or why it is not a valid NIK; the birth year is guessed relative to `today`. */
export function explainNik(nik: string, today: Date): NikInfo {
  const parsed = parseNik(nik, today);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason, 'nik');
  return parsed.info;
}
