import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nikAgreement, parseNik } from '../../../../shared/identity/nik';
import { PROVINCES } from '../../../../shared/region/provinces';

const TODAY = new Date('2026-11-28T00:00:00Z');

describe('parseNik', () => {
  it.each([
    ['3573051705800001', { provinceName: 'Jawa Timur', regionCode: '357305', birthDay: 17, birthMonth: 5, birthYearGuess: 1980, sex: 'L', serial: '0001' }],
    ['3573055709840002', { birthDay: 17, birthMonth: 9, birthYearGuess: 1984, sex: 'P' }],
    ['3173012902000001', { provinceName: 'DKI Jakarta', birthDay: 29, birthMonth: 2, birthYearGuess: 2000 }],
    ['9601017112259999', { provinceName: 'Papua Barat Daya', birthDay: 31, birthMonth: 12, birthYearGuess: 2025, sex: 'P', serial: '9999' }],
    ['3507014101270001', { birthYearGuess: 1927 }],
  ])('accepts %s', (nik, expected) => {
    const result = parseNik(nik, TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.info).toMatchObject(expected);
  });

  it.each([
    ['357305170580000', 'NIK harus 16 digit (tertulis 15 digit)'],
    ['35730517058000011', 'NIK harus 16 digit (tertulis 17 digit)'],
    ['3573O51705800001', 'NIK hanya boleh berisi angka'],
    ['', 'NIK hanya boleh berisi angka'],
    ['9973051705800001', 'Kode provinsi 99 pada NIK tidak dikenal'],
    ['2073051705800001', 'Kode provinsi 20 pada NIK tidak dikenal'],
    ['3573053202800001', 'Tanggal lahir pada NIK (32-02-80) bukan tanggal yang ada'],
    ['3573057202800001', 'Tanggal lahir pada NIK (72-02-80) bukan tanggal yang ada'],
    ['3573053002800001', 'Tanggal lahir pada NIK (30-02-80) bukan tanggal yang ada'],
    ['3573051513800001', 'Tanggal lahir pada NIK (15-13-80) bukan tanggal yang ada'],
    ['3573050005800001', 'Tanggal lahir pada NIK (00-05-80) bukan tanggal yang ada'],
    ['3573051705800000', 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000'],
  ])('rejects %s with its reason', (nik, reason) => {
    expect(parseNik(nik, TODAY)).toEqual({ ok: false, reason });
  });

  it('rejects 29 February in a two-digit year that is never a leap year (1900 and 2000 both considered)', () => {
    expect(parseNik('3573052902010001', TODAY).ok).toBe(false);
    expect(parseNik('3573052902000001', TODAY).ok).toBe(true);
  });

  it.each(['3.57301E+15', '3,57305E+15', '3573051705800001.0', '3573051705800000', '3573010000000000'])(
    'refuses %s as mangled by Excel, never repairing it',
    (value) => {
      const result = parseNik(value, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok && value !== '3573051705800000') expect(result.reason).toContain('Excel');
    },
  );
});

describe('nikAgreement', () => {
  const info = (nik: string) => {
    const r = parseNik(nik, TODAY);
    if (!r.ok) throw new Error(r.reason);
    return r.info;
  };
  it('passes when sex and birth date agree', () => {
    expect(nikAgreement(info('3573055709840002'), 'P', '1984-09-17')).toBeNull();
  });
  it('names the day+40 rule when a woman has a man-style NIK', () => {
    expect(nikAgreement(info('3573051709840002'), 'P', '1984-09-17')).toContain('+ 40');
  });
  it('flags a birth date that differs from the NIK', () => {
    expect(nikAgreement(info('3573051709840002'), 'L', '1984-09-18')).toContain('tidak sama dengan tanggal lahir');
    expect(nikAgreement(info('3573051709840002'), 'L', '1985-09-17')).toContain('tidak sama');
  });
});

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const validParts = fc.record({
  province: fc.constantFrom(...Object.keys(PROVINCES)),
  rest: fc.integer({ min: 1, max: 99 }),
  district: fc.integer({ min: 1, max: 99 }),
  date: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2026-11-27T00:00:00Z'), noInvalidDate: true }),
  female: fc.boolean(),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('NIK properties', () => {
  it('every well-formed NIK round-trips its sex, day, month, year and serial', () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const day = p.date.getUTCDate() + (p.female ? 40 : 0);
        const nik = `${p.province}${pad(p.rest, 2)}${pad(p.district, 2)}${pad(day, 2)}${pad(p.date.getUTCMonth() + 1, 2)}${pad(p.date.getUTCFullYear() % 100, 2)}${pad(p.serial, 4)}`;
        const result = parseNik(nik, TODAY);
        if (!result.ok) return false;
        const birthIso = p.date.toISOString().slice(0, 10);
        return (
          result.info.sex === (p.female ? 'P' : 'L') &&
          result.info.birthDay === p.date.getUTCDate() &&
          result.info.birthMonth === p.date.getUTCMonth() + 1 &&
          result.info.birthYear2 === p.date.getUTCFullYear() % 100 &&
          nikAgreement(result.info, p.female ? 'P' : 'L', birthIso) === null
        );
      }),
    );
  });

  it('never accepts anything that is not exactly 16 digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (s) => {
        fc.pre(!/^\s*\d{16}\s*$/.test(s));
        return !parseNik(s, TODAY).ok;
      }),
    );
  });

  it('never accepts serial 0000, and a wrong sex never agrees', () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const day = p.date.getUTCDate() + (p.female ? 40 : 0);
        const base = `${p.province}${pad(p.rest, 2)}${pad(p.district, 2)}${pad(day, 2)}${pad(p.date.getUTCMonth() + 1, 2)}${pad(p.date.getUTCFullYear() % 100, 2)}`;
        const zero = parseNik(`${base}0000`, TODAY);
        const ok = parseNik(`${base}${pad(p.serial, 4)}`, TODAY);
        if (zero.ok || !ok.ok) return false;
        return nikAgreement(ok.info, p.female ? 'L' : 'P', p.date.toISOString().slice(0, 10)) !== null;
      }),
    );
  });
});
