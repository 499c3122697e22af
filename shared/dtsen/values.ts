import type { Sex } from '../identity/nik';
import { RELATIONSHIPS } from '../household/options';

/** A cell read as a field's value, or the reason it cannot be (shown with the row and column). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (message: string): Parsed<never> => ({ ok: false, message });
const squeeze = (raw: string) => raw.trim().toUpperCase().replace(/[\s_-]+/g, ' ');

const SEX: Record<string, Sex> = { L: 'L', P: 'P', 'LAKI LAKI': 'L', LAKI: 'L', PEREMPUAN: 'P', PR: 'P', '1': 'L', '2': 'P' };

export function parseSex(raw: string): Parsed<Sex> {
  const sex = SEX[squeeze(raw)];
  return sex ? ok(sex) : no('Jenis kelamin harus L/P, LAKI-LAKI/PEREMPUAN atau 1/2');
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd, only when it is a day of the calendar. */
export function parseBirthDate(raw: string): Parsed<string> {
  const text = raw.trim();
  const dmy = DMY.exec(text);
  const ymd = YMD.exec(text);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return no('Tanggal lahir harus berbentuk dd-mm-yyyy, dd/mm/yyyy atau yyyy-mm-dd');
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return no(`Tanggal lahir ${text} tidak ada di kalender`);
  return ok(iso);
}

const YES = new Set(['YA', 'Y', '1', 'TRUE', 'BENAR']);
const NO = new Set(['', 'TIDAK', 'T', '0', 'FALSE', 'SALAH']);

/** A programme column: YA/TIDAK, Y/T, 1/0, TRUE/FALSE; empty means no. */
export function parseYesNo(raw: string): Parsed<boolean> {
  const text = squeeze(raw);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return no('Isi kolom program harus YA/TIDAK, Y/T, 1/0 atau TRUE/FALSE (kosong berarti tidak)');
}

/** Desil 1–10; empty means the family is not in DTSEN. */
export function parseDesil(raw: string): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const desil = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  return desil >= 1 && desil <= 10 ? ok(desil) : no('Desil harus angka 1 sampai 10, atau kosong bila tidak ada di DTSEN');
}

/** RT/RW: a number from 1 to 999 ("003" is 3). */
export function parseRtRw(raw: string, label: 'RT' | 'RW'): Parsed<number> {
  const text = raw.trim();
  const n = /^\d{1,3}$/.test(text) ? Number(text) : 0;
  return n >= 1 ? ok(n) : no(`${label} harus angka 1 sampai 999`);
}

type Relationship = (typeof RELATIONSHIPS.codes)[number];
const RELATIONSHIP_WORDS = new Map<string, Relationship>(RELATIONSHIPS.codes.map((code) => [code.replaceAll('_', ' '), code]));

/** Dukcapil's SHDK words (KEPALA KELUARGA, ISTRI, ANAK, ...), case and spacing free. */
export function parseRelationship(raw: string): Parsed<Relationship> {
  const code = RELATIONSHIP_WORDS.get(squeeze(raw));
  return code ? ok(code) : no(`Hubungan keluarga harus salah satu dari: ${RELATIONSHIPS.codes.map((c) => c.replaceAll('_', ' ')).join(', ')}`);
}
