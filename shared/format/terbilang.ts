import { DAY_NAMES, MONTH_NAMES } from './date';

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Whole numbers in Indonesian words, as letters and minutes write them: 2026 -> "dua ribu dua puluh enam". */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`terbilang: ${n} is outside 0..999,999,999,999`);
  if (n === 0) return 'nol';
  return words(n).trim().replace(/\s+/g, ' ');
}

function words(n: number): string {
  if (n < 12) return ONES[n] ?? '';
  if (n < 20) return `${words(n - 10)} belas`;
  if (n < 100) return `${words(Math.floor(n / 10))} puluh ${words(n % 10)}`;
  if (n < 200) return `seratus ${words(n - 100)}`;
  if (n < 1000) return `${words(Math.floor(n / 100))} ratus ${words(n % 100)}`;
  if (n < 2000) return `seribu ${words(n - 1000)}`;
  if (n < 1e6) return `${words(Math.floor(n / 1000))} ribu ${words(n % 1000)}`;
  if (n < 1e9) return `${words(Math.floor(n / 1e6))} juta ${words(n % 1e6)}`;
  return `${words(Math.floor(n / 1e9))} miliar ${words(n % 1e9)}`;
}

export interface DateInWords {
  dayName: string;
  day: string;
  month: string;
  year: string;
}

/** "2026-11-27" -> Jumat / dua puluh tujuh / November / dua ribu dua puluh enam. */
export function dateInWords(iso: string): DateInWords {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return {
    dayName: DAY_NAMES[date.getUTCDay()] ?? '',
    day: terbilang(date.getUTCDate()),
    month: MONTH_NAMES[date.getUTCMonth()] ?? '',
    year: terbilang(date.getUTCFullYear()),
  };
}

/** "Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam" */
export function openingDate(iso: string): string {
  const w = dateInWords(iso);
  return `Pada hari ini ${w.dayName} tanggal ${w.day} bulan ${w.month} tahun ${w.year}`;
}
