import { describe, expect, it } from 'vitest';
import { gatherFamilies } from '../../../../shared/dtsen/families';
import type { ImportedPerson } from '../../../../shared/dtsen/person-row';

function person(row: number, noKk: string, nik: string, relationship: ImportedPerson['relationship']): ImportedPerson {
  return { row, nik, noKk, name: `ORANG ${row}`, relationship, sex: null, birthDate: null, birthPlace: null, motherName: null, address: null, rt: null, rw: null, idDtsen: null, programs: {} };
}

const KK_A = '3573051203150001';
const KK_B = '3573051203150002';
const KK_C = '3573051203150003';

describe('gathering a register extract into families', () => {
  it('groups people by No. KK in file order', () => {
    const { families, errors } = gatherFamilies([person(2, KK_A, '3573051705800001', 'KEPALA_KELUARGA'), person(3, KK_B, '3573051705800002', 'KEPALA_KELUARGA'), person(4, KK_A, '3573055709840003', 'ISTRI')]);
    expect(errors).toEqual([]);
    expect(families.map((f) => [f.noKk, f.members.map((m) => m.row)])).toEqual([[KK_A, [2, 4]], [KK_B, [3]]]);
  });

  it('refuses a NIK in two families, naming both rows and both KKs, and imports neither family', () => {
    const { families, errors } = gatherFamilies([
      person(2, KK_A, '3573051705800001', 'KEPALA_KELUARGA'),
      person(3, KK_B, '3573051705800002', 'KEPALA_KELUARGA'),
      person(4, KK_B, '3573051705800001', 'ANAK'),
      person(5, KK_C, '3573051705800005', 'KEPALA_KELUARGA'),
    ]);
    expect(errors).toEqual([{ row: 4, column: 'NIK', value: '3573051705800001', message: `NIK yang sama tercantum dua kali di No. KK ${KK_A} dan No. KK ${KK_B}: baris 2 dan baris 4` }]);
    expect(families.map((f) => f.noKk)).toEqual([KK_C]);
  });

  it('needs exactly one head of family per KK', () => {
    const { families, errors } = gatherFamilies([
      person(2, KK_A, '3573051705800001', 'KEPALA_KELUARGA'),
      person(3, KK_A, '3573051705800002', 'KEPALA_KELUARGA'),
      person(4, KK_B, '3573051705800003', 'ANAK'),
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      `No. KK ${KK_A} mempunyai 2 KEPALA KELUARGA (baris 2, 3); satu KK hanya satu kepala keluarga`,
      `No. KK ${KK_B} tidak mempunyai KEPALA KELUARGA (baris 4)`,
    ]);
    expect(families).toEqual([]);
  });
});
