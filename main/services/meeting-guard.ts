import type { MeetingStatus } from '../../shared/meeting/options';
import { selectMeeting } from '../db/meeting-queries';
import type { MeetingDbRow } from '../db/meeting-queries';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { LOCKED_MESSAGE } from '../../shared/meeting/meeting-rules';

export function loadMeeting(ctx: ServiceContext, id: number): MeetingDbRow {
  const row = selectMeeting(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Musyawarah dengan id ${id} tidak ditemukan`);
  return row;
}

/** The service-level lock; the database triggers hold the same line for anything that bypasses services. */
export function openMeeting(ctx: ServiceContext, id: number, allowed: readonly MeetingStatus[] = ['DRAFT', 'BERLANGSUNG']): MeetingDbRow {
  const row = loadMeeting(ctx, id);
  if (row.status === 'SELESAI') throw new AppError('LOCKED', LOCKED_MESSAGE);
  if (!allowed.includes(row.status as MeetingStatus)) {
    throw new AppError('CONFLICT', 'Keputusan hanya dapat dicatat saat musyawarah sedang berlangsung. Mulai musyawarah terlebih dahulu.');
  }
  return row;
}
