import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseDesil, parseRelationship, parseRtRw, parseSex, parseYesNo } from '../../../../shared/dtsen/values';

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? p.value : `GAGAL: ${p.message}`);

describe('DTSEN cell values', () => {
  it('reads every spelling of sex, and refuses others', () => {
    expect(['L', 'p', 'Laki-laki', 'LAKI LAKI', 'perempuan', '1', '2', ' l '].map((s) => value(parseSex(s)))).toEqual(['L', 'P', 'L', 'L', 'P', 'L', 'P', 'L']);
    expect(value(parseSex('W'))).toMatch(/^GAGAL: Jenis kelamin harus L\/P/);
  });

  it('reads dd-mm-yyyy, dd/mm/yyyy and yyyy-mm-dd, and refuses days that do not exist', () => {
    expect(['17-05-1980', '7/5/1980', '1980-05-17', '29-02-2024'].map((s) => value(parseBirthDate(s)))).toEqual(['1980-05-17', '1980-05-07', '1980-05-17', '2024-02-29']);
    expect(value(parseBirthDate('29-02-2023'))).toBe('GAGAL: Tanggal lahir 29-02-2023 tidak ada di kalender');
    expect(value(parseBirthDate('05/17/1980'))).toMatch(/tidak ada di kalender/);
    expect(value(parseBirthDate('17 Mei 1980'))).toMatch(/harus berbentuk dd-mm-yyyy/);
  });

  it('reads programme flags in every form, empty meaning no', () => {
    expect(['YA', 'tidak', 'Y', 'T', '1', '0', 'TRUE', 'false', ''].map((s) => value(parseYesNo(s)))).toEqual([true, false, true, false, true, false, true, false, false]);
    expect(value(parseYesNo('mungkin'))).toMatch(/^GAGAL: Isi kolom program/);
  });

  it('reads desil 1 to 10, empty as not in DTSEN', () => {
    expect(['1', ' 10 ', '', '05'].map((s) => value(parseDesil(s)))).toEqual([1, 10, null, 5]);
    for (const bad of ['0', '11', '3.5', 'tiga']) expect(value(parseDesil(bad))).toMatch(/^GAGAL: Desil harus/);
  });

  it('reads RT/RW with leading zeros', () => {
    expect([value(parseRtRw('003', 'RT')), value(parseRtRw('12', 'RW'))]).toEqual([3, 12]);
    expect(value(parseRtRw('0', 'RT'))).toBe('GAGAL: RT harus angka 1 sampai 999');
  });

  it('reads the SHDK words, case and spacing free', () => {
    expect(['KEPALA KELUARGA', 'kepala  keluarga', 'Istri', 'ANAK', 'orang tua', 'FAMILI_LAIN', 'Lainnya'].map((s) => value(parseRelationship(s)))).toEqual([
      'KEPALA_KELUARGA', 'KEPALA_KELUARGA', 'ISTRI', 'ANAK', 'ORANG_TUA', 'FAMILI_LAIN', 'LAINNYA',
    ]);
    expect(value(parseRelationship('KEPONAKAN'))).toMatch(/^GAGAL: Hubungan keluarga harus salah satu dari: KEPALA KELUARGA, SUAMI/);
  });
});
