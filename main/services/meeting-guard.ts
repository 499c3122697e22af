import type { MeetingStatus } from '../../shared/meeting/options';
import { LOCKED_MESSAGE } from '../../shared/meeting/meeting-rules';
import type { Meeting } from '../../shared/meeting/schema';
import { meetingFromDb } from '../db/meeting-mapping';
import { selectMeeting } from '../db/meeting-queries';
import { AppError } from './app-error';
import type { ServiceContext } from './context';

export function loadMeeting(ctx: ServiceContext, id: number): Meeting {
  const row = selectMeeting(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Musyawarah dengan id ${id} tidak ditemukan`);
  return meetingFromDb(row);
}

/** The service-level lock; the database triggers hold the same line for anything that bypasses services. */
export function openMeeting(ctx: ServiceContext, id: number, allowed: readonly MeetingStatus[] = ['DRAFT', 'BERLANGSUNG']): Meeting {
  const meeting = loadMeeting(ctx, id);
  if (meeting.status === 'SELESAI') throw new AppError('LOCKED', LOCKED_MESSAGE);
  if (!allowed.includes(meeting.status)) {
    throw new AppError('CONFLICT', 'Keputusan hanya dapat dicatat saat musyawarah sedang berlangsung. Mulai musyawarah terlebih dahulu.');
  }
  return meeting;
}
