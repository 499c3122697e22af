import { provinceName } from '../region/provinces';
import { EXCEL_MESSAGE, looksMangledByExcel } from './excel';

export type Sex = 'L' | 'P';

export interface NikInfo {
  nik: string;
  provinceCode: string;
  provinceName: string;
  /** Region where the NIK was first issued: PP.KK.CC. */
  regionCode: string;
  /** Day and month of birth; the year is only known modulo 100. */
  birthDay: number;
  birthMonth: number;
  birthYear2: number;
  /** Best guess of the full year: not in the future relative to `today`. */
  birthYearGuess: number;
  sex: Sex;
  serial: string;
}

export type NikResult = { ok: true; info: NikInfo } | { ok: false; reason: string };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isRealDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1];
  return max !== undefined && day <= max;
}

function guessYear(year2: number, today: Date): number {
  const current = today.getFullYear();
  const candidate = 2000 + year2;
  return candidate <= current ? candidate : 1900 + year2;
}

/** Parses a NIK (PP KK CC DD MM YY SSSS) or gives the exact reason it is invalid. */
export function parseNik(raw: string, today: Date = new Date()): NikResult {
  if (looksMangledByExcel(raw)) return { ok: false, reason: `NIK ${EXCEL_MESSAGE}` };
  const nik = raw.trim();
  if (!/^\d+$/.test(nik)) return { ok: false, reason: 'NIK hanya boleh berisi angka' };
  if (nik.length !== 16) return { ok: false, reason: `NIK harus 16 digit (tertulis ${nik.length} digit)` };

  const provinceCode = nik.slice(0, 2);
  const province = provinceName(provinceCode);
  if (!province) return { ok: false, reason: `Kode provinsi ${provinceCode} pada NIK tidak dikenal` };

  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year2 = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);
  const sex: Sex = dd > 40 ? 'P' : 'L';
  const day = sex === 'P' ? dd - 40 : dd;
  const yearGuess = guessYear(year2, today);

  // 15-digit float precision leaves zeros at the end and, typically, an impossible date.
  if (serial === '0000' && /0{6,}$/.test(nik)) return { ok: false, reason: `NIK ${EXCEL_MESSAGE}` };
  const dateOk = isRealDate(day, month, yearGuess) || isRealDate(day, month, yearGuess - 100);
  if (!dateOk) {
    return {
      ok: false,
      reason: `Tanggal lahir pada NIK (${nik.slice(6, 8)}-${nik.slice(8, 10)}-${nik.slice(10, 12)}) bukan tanggal yang ada`,
    };
  }
  if (serial === '0000') return { ok: false, reason: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000' };

  return {
    ok: true,
    info: {
      nik,
      provinceCode,
      provinceName: province,
      regionCode: nik.slice(0, 6),
      birthDay: day,
      birthMonth: month,
      birthYear2: year2,
      birthYearGuess: yearGuess,
      sex,
      serial,
    },
  };
}

/** The sex a valid NIK encodes (women's day of birth has 40 added): what an extract without a sex column implies. */
export function sexOfNik(nik: string): Sex {
  return Number(nik.slice(6, 8)) > 40 ? 'P' : 'L';
}

/** Checks that a parsed NIK agrees with the member's recorded sex and birth date (YYYY-MM-DD). */
export function nikAgreement(info: NikInfo, sex: Sex, birthDate: string): string | null {
  if (info.sex !== sex) {
    return sex === 'P'
      ? 'NIK menunjukkan laki-laki (tanggal 01-31), tetapi jenis kelamin diisi perempuan; NIK perempuan memakai tanggal lahir + 40'
      : 'NIK menunjukkan perempuan (tanggal + 40), tetapi jenis kelamin diisi laki-laki';
  }
  const [y, m, d] = birthDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  if (d !== info.birthDay || m !== info.birthMonth || y % 100 !== info.birthYear2) {
    return `Tanggal lahir pada NIK (${String(info.birthDay).padStart(2, '0')}-${String(info.birthMonth).padStart(2, '0')}-${String(info.birthYear2).padStart(2, '0')}) tidak sama dengan tanggal lahir yang diisi`;
  }
  return null;
}
