export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const MONTH_NAMES = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** "2026-11-28" -> Date at UTC midnight; calendar dates carry no time zone. */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "Jumat, 28 November 2026" */
export function formatLongDate(iso: string): string {
  const date = calendarDate(iso);
  return `${DAY_NAMES[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "28 November 2026" */
export function formatDate(iso: string): string {
  const date = calendarDate(iso);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "Sabtu, 28 November 2026 pukul 13.49", in this computer's time zone: the office's own. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  return `${DAY_NAMES[d.getDay()]}, ${d.getDate()} ${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()} pukul ${two(d.getHours())}.${two(d.getMinutes())}`;
}

/** Whole years between a birth date and a day, both ISO dates. */
export function ageOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [y, m, d] = dayIso.split('-').map(Number);
  if (!by || !bm || !bd || !y || !m || !d) return 0;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const groupFormat = new Intl.NumberFormat('id-ID');
export function formatCount(n: number): string {
  return groupFormat.format(n);
}
