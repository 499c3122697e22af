import { describe, expect, it } from 'vitest';
import { dateInWords, openingDate, terbilang } from '../../../../shared/format/terbilang';
import { formatLongDate } from '../../../../shared/format/date';
import { maskNumber } from '../../../../shared/format/nik-mask';
import { timeZoneOf } from '../../../../shared/format/time-zone';

describe('terbilang', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'], [19, 'sembilan belas'], [20, 'dua puluh'],
    [21, 'dua puluh satu'], [28, 'dua puluh delapan'], [31, 'tiga puluh satu'], [100, 'seratus'], [101, 'seratus satu'],
    [111, 'seratus sebelas'], [200, 'dua ratus'], [999, 'sembilan ratus sembilan puluh sembilan'], [1000, 'seribu'],
    [1001, 'seribu satu'], [1999, 'seribu sembilan ratus sembilan puluh sembilan'], [2000, 'dua ribu'],
    [2026, 'dua ribu dua puluh enam'], [11000, 'sebelas ribu'], [100000, 'seratus ribu'], [189000, 'seratus delapan puluh sembilan ribu'],
    [1000000, 'satu juta'], [2500300, 'dua juta lima ratus ribu tiga ratus'], [1000000000, 'satu miliar'],
  ])('%i -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });
  it('refuses what it cannot say', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
});

describe('dates in words', () => {
  it('writes the opening of a berita acara', () => {
    expect(openingDate('2026-11-28')).toBe('Pada hari ini Sabtu tanggal dua puluh delapan bulan November tahun dua ribu dua puluh enam');
    expect(openingDate('2026-11-27')).toBe('Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam');
  });
  it.each([
    ['2000-01-01', { dayName: 'Sabtu', day: 'satu', month: 'Januari', year: 'dua ribu' }],
    ['2024-02-29', { dayName: 'Kamis', day: 'dua puluh sembilan', month: 'Februari', year: 'dua ribu dua puluh empat' }],
    ['1999-12-31', { dayName: 'Jumat', day: 'tiga puluh satu', month: 'Desember', year: 'seribu sembilan ratus sembilan puluh sembilan' }],
    ['2100-03-11', { dayName: 'Kamis', day: 'sebelas', month: 'Maret', year: 'dua ribu seratus' }],
  ])('%s', (iso, expected) => {
    expect(dateInWords(iso)).toEqual(expected);
  });
  it('formats long dates with the weekday', () => {
    expect(formatLongDate('2026-11-28')).toBe('Sabtu, 28 November 2026');
    expect(formatLongDate('2026-01-01')).toBe('Kamis, 1 Januari 2026');
  });
});

describe('printing helpers', () => {
  it('masks the birth-date part of a NIK for public copies', () => {
    expect(maskNumber('3573054107900001')).toBe('357305******0001');
    expect(maskNumber('123')).toBe('123');
  });
  it('knows the time zone of a region', () => {
    expect(timeZoneOf('3573051004')).toBe('WIB');
    expect(timeZoneOf('5171011001')).toBe('WITA');
    expect(timeZoneOf('9471011001')).toBe('WIT');
  });
});
