import { formatLongDate } from '../../../../shared/format/date';

/** "7,970094° LS, 112,629333° BT": the way Indonesian maps write a position, so the sign cannot be misread. */
export function formatPosition(latitude: number, longitude: number): string {
  const degrees = (n: number) => Math.abs(n).toLocaleString('id-ID', { minimumFractionDigits: 6, maximumFractionDigits: 6 });
  return `${degrees(latitude)}° ${latitude < 0 ? 'LS' : 'LU'}, ${degrees(longitude)}° ${longitude < 0 ? 'BB' : 'BT'}`;
}

/** The camera's own clock ("2026-11-27T09:15:00", no time zone): "Jumat, 27 November 2026 pukul 09.15". */
export function formatTakenAt(takenAt: string): string {
  const time = takenAt.slice(11, 16).replace(':', '.');
  return time ? `${formatLongDate(takenAt.slice(0, 10))} pukul ${time}` : formatLongDate(takenAt.slice(0, 10));
}
