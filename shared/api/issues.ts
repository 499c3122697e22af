import type { z } from 'zod';
import type { ApiError } from './result';

/** Turns zod issues into one API error naming the first offending field. */
export function invalidInput(error: z.ZodError): ApiError {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.map(String).join('.') : undefined;
  const messages = error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return {
    code: 'INVALID_INPUT',
    message: `Isian tidak valid. ${messages.join('; ')}`,
    ...(field ? { field } : {}),
  };
}
