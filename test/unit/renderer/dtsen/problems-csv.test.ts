import { describe, expect, it } from 'vitest';
import { problemsCsv } from '../../../../renderer/src/dtsen/problems-csv';

describe('problemsCsv', () => {
  it('writes Baris;Kolom;Nilai;Keterangan behind a BOM, CRLF, digits kept as text for Excel', () => {
    const csv = problemsCsv([
      { row: 4, column: 'No Induk Kependudukan', value: '3.57305E+15', message: 'NIK rusak oleh Excel' },
      { row: null, column: null, value: '3573050000000001', message: 'Keluarga No. KK 3573050000000001 terdaftar tetapi tidak ada dalam berkas ini' },
    ]);
    expect(csv).toBe(
      '\uFEFFBaris;Kolom;Nilai;Keterangan\r\n' +
        '4;No Induk Kependudukan;3.57305E+15;NIK rusak oleh Excel\r\n' +
        ';;="3573050000000001";Keluarga No. KK 3573050000000001 terdaftar tetapi tidak ada dalam berkas ini\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, and keeps text from the file from running as a formula', () => {
    const csv = problemsCsv([{ row: 7, column: 'Nama; lengkap', value: '=HYPERLINK("x")', message: 'baris\nkedua' }]);
    expect(csv.split('\r\n')[1]).toBe('7;"Nama; lengkap";"\'=HYPERLINK(""x"")";"baris\nkedua"');
  });
});
