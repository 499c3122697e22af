import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../../../shared/dtsen/columns';
import { personRowReader } from '../../../../shared/dtsen/person-row';
import { FIXED_NOW } from '../../../fixtures/clock';

const HEADERS = ['nomor_kk', 'nomor_nik', 'nama', 'tanggal_lahir', 'jenis_kelamin', 'hubungan_keluarga', 'rt', 'rw', 'desil', 'pkh', 'bpnt'];
const { fields } = matchHeaders(HEADERS);
const HEAD = ['3573051203150777', '3573051705800777', 'SUGENG RIYADI', '17-05-1980', 'L', 'KEPALA KELUARGA', '003', '005', '5', 'YA', 'T'];
const read = (cells: string[], numeric?: number[]) => personRowReader(HEADERS, fields, 'REGISTER', FIXED_NOW)({ row: 7, cells, numeric });

describe('one row of a DTSEN register extract', () => {
  it('becomes a person with every field the file carries', () => {
    expect(read(HEAD)).toEqual({
      errors: [],
      person: {
        row: 7, nik: '3573051705800777', noKk: '3573051203150777', name: 'SUGENG RIYADI', relationship: 'KEPALA_KELUARGA', sex: 'L', birthDate: '1980-05-17',
        birthPlace: null, motherName: null, address: null, rt: 3, rw: 5, idDtsen: null, desil: 5, programs: { PKH: true, SEMBAKO: false },
      },
    });
  });

  it('refuses Excel-damaged numbers, never repairing them: scientific notation, a .0 tail, a number cell in XLSX', () => {
    expect(read(['3.57305E+15', ...HEAD.slice(1)]).errors).toEqual([{ row: 7, column: 'nomor_kk', value: '3.57305E+15', message: expect.stringContaining('No. KK tampaknya dirusak oleh Excel') }]);
    expect(read([HEAD[0] ?? '', '3573051705800777.0', ...HEAD.slice(2)]).errors[0]?.message).toContain('NIK tampaknya dirusak oleh Excel');
    expect(read(HEAD, [1])).toMatchObject({ person: null, errors: [{ column: 'nomor_nik', message: expect.stringContaining('dirusak oleh Excel') }] });
  });

  it('checks the NIK against the sex and birth date columns, and names each bad cell', () => {
    const wrongSex = read(HEAD.map((c, i) => (i === 4 ? 'P' : c)));
    expect(wrongSex.errors).toEqual([{ row: 7, column: 'nomor_nik', value: '3573051705800777', message: expect.stringContaining('NIK menunjukkan laki-laki') }]);
    const bad = read(['123', '3573051705800777', '', '31-02-1980', 'X', 'KEPONAKAN', '0', '5', '11', 'mungkin', '']);
    expect(bad.errors.map((e) => e.column)).toEqual(['nomor_kk', 'hubungan_keluarga', 'jenis_kelamin', 'tanggal_lahir', 'rt', 'desil', 'pkh', 'nama']);
    expect(bad.errors.find((e) => e.column === 'nama')?.message).toBe('Wajib diisi');
  });

  it('in a desil update needs only a No. KK or a NIK to match the family', () => {
    const headers = ['Nomor KK', 'Desil', 'NIK', 'Nama'];
    const match = matchHeaders(headers);
    const row = (cells: string[]) => personRowReader(headers, match.fields, match.shape, FIXED_NOW)({ row: 2, cells });
    expect(row(['3573051203150777', '6', '', ''])).toMatchObject({ errors: [], person: { noKk: '3573051203150777', desil: 6, programs: {} } });
    expect(row(['', '6', '', 'SUGENG'])).toMatchObject({ person: null, errors: [{ column: null, message: expect.stringContaining('tanpa No. KK dan tanpa NIK') }] });
  });
});
