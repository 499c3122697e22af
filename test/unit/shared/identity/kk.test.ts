import { describe, expect, it } from 'vitest';
import { checkKk } from '../../../../shared/identity/kk';

describe('checkKk', () => {
  it.each(['3573051203150001', '3507012001100123', '9601010101250001'])('accepts %s', (kk) => {
    expect(checkKk(kk)).toBeNull();
  });
  it.each([
    ['35730512031500', 'No. KK harus 16 digit (tertulis 14 digit)'],
    ['35730512031500a1', 'No. KK hanya boleh berisi angka'],
    ['9973051203150001', 'Kode provinsi 99 pada No. KK tidak dikenal'],
    ['3500051203150001', 'Kode kabupaten/kota pada No. KK tidak boleh 00'],
  ])('rejects %s', (kk, reason) => {
    expect(checkKk(kk)).toBe(reason);
  });
  it.each(['3.57305E+15', '3573010000000000', '3573051203150001.0'])('refuses %s as mangled by Excel', (kk) => {
    expect(checkKk(kk)).toContain('Excel');
  });
});
