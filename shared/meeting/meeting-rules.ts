import type { Decision } from './options';

/** What every door and screen says when a finished meeting is asked to change. */
export const LOCKED_MESSAGE = 'Musyawarah ini sudah selesai dan terkunci: daftar hadir, usulan dan keputusannya tidak dapat diubah lagi.';

/** A rejected or deferred proposal must say why; an approval may. */
export function needsReason(decision: Decision | null): decision is 'DITOLAK' | 'DITUNDA' {
  return decision === 'DITOLAK' || decision === 'DITUNDA';
}
