import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, IMPORT_FIELDS, matchHeaders, normaliseHeader } from '../../../../shared/dtsen/columns';

describe('DTSEN column headers', () => {
  it('finds every synonym however it is spelled', () => {
    for (const field of IMPORT_FIELDS) {
      for (const synonym of HEADER_SYNONYMS[field]) {
        const spelled = synonym.toLowerCase().replace(/(.)(.)/, '$1_$2');
        expect(matchHeaders([spelled]).fields, `${field}: ${spelled}`).toEqual([field]);
      }
    }
    expect(normaliseHeader('Nomor KK')).toBe('NOMORKK');
  });

  it('reads a DTKS-style register extract as a register, every column placed', () => {
    const headers = 'iddtks|provinsi|kabupaten_kota|kecamatan|desa_kelurahan|alamat|dusun|rt|rw|nomor_kk|nomor_nik|nama|tanggal_lahir|tempat_lahir|jenis_kelamin|nama_ibu_kandung|hubungan_keluarga|desil|pkh|bpnt|pbi'.split('|');
    const match = matchHeaders(headers);
    expect(match).toMatchObject({ shape: 'REGISTER', missing: [], duplicates: [], unmatched: ['provinsi', 'kabupaten_kota', 'dusun'] });
    expect(match.fields.filter((f) => f !== null)).toHaveLength(18);
  });

  it("reads SIKS-NG's desil sheet as a desil update", () => {
    expect(matchHeaders(['Nomor KK', 'Desil', 'NIK', 'Nama'])).toMatchObject({ shape: 'DESIL_UPDATE', missing: [], fields: ['noKk', 'desil', 'nik', 'name'] });
  });

  it('names what is missing or claimed twice, and lets a manual mapping decide', () => {
    expect(matchHeaders(['NIK', 'Nama', 'SHDK']).missing).toEqual(['noKk']);
    expect(matchHeaders(['NIK', 'No KK', 'NOMOR_KK', 'Nama', 'SHDK']).duplicates).toEqual([{ field: 'noKk', headers: ['No KK', 'NOMOR_KK'] }]);
    const manual = matchHeaders(['Kolom Asli', 'No KK', 'Nama', 'Status'], { 'Kolom Asli': 'nik', Status: 'relationship' });
    expect(manual).toMatchObject({ shape: 'REGISTER', missing: [], unmatched: [], fields: ['nik', 'noKk', 'name', 'relationship'] });
    expect(matchHeaders(['Nomor KK', 'Nama']).missing).toEqual(['desil']);
  });
});
