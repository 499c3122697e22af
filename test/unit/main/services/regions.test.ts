import { getProvinces } from 'idn-area-data';
import { describe, expect, it } from 'vitest';
import { findVillage, searchVillages } from '../../../../main/services/regions';
import { PROVINCES } from '../../../../shared/region/provinces';

describe('regions', () => {
  it('the NIK province table matches the Kemendagri list shipped in idn-area-data', async () => {
    const official = await getProvinces();
    expect(Object.keys(PROVINCES).sort()).toEqual(official.map((p) => p.code).sort());
  });

  it('finds a Kota Malang kelurahan with its kecamatan and 10-digit code', async () => {
    const found = await searchVillages('dinoyo malang', 5);
    expect(found[0]).toEqual({
      code: '3573051004', name: 'Dinoyo', districtCode: '357305', districtName: 'Lowokwaru',
      regencyCode: '3573', regencyName: 'Kota Malang', provinceName: 'Jawa Timur',
    });
    expect(await findVillage('3573021008')).toMatchObject({ name: 'Oro-oro Dowo', districtName: 'Klojen' });
    expect(await findVillage('9999999999')).toBeNull();
  });

  it('knows all 57 kelurahan of Kota Malang', async () => {
    const malang = await searchVillages('kota malang', 100);
    expect(malang.filter((v) => v.regencyCode === '3573')).toHaveLength(57);
  });
});
