import type { DinsosStatus } from '../inbox/city-proposals';
import { GROUNDCHECK_RESULTS } from './schema';
import type { GroundcheckResultCode } from './schema';

/**
 * What a groundcheck result answers in the city register: a family found and eligible is GROUNDCHECK_LAYAK; every
 * other result (not eligible, not found, moved, died, a duplicate) is GROUNDCHECK_TIDAK_LAYAK, and the note says why.
 */
export function dinsosAnswerOf(result: GroundcheckResultCode, recommendedDesil: number | null): { status: DinsosStatus; note: string } {
  const status: DinsosStatus = result === 'LAYAK' ? 'GROUNDCHECK_LAYAK' : 'GROUNDCHECK_TIDAK_LAYAK';
  const desil = recommendedDesil === null ? '' : `; desil disarankan ${String(recommendedDesil)}`;
  return { status, note: `Hasil groundcheck: ${GROUNDCHECK_RESULTS.labels[result].toLowerCase()}${desil}` };
}
