import { describe, expect, it } from 'vitest';
import { compareDesilUpdate, compareRegister } from '../../../../shared/dtsen/compare';
import type { RegisteredFamily } from '../../../../shared/dtsen/compare';
import type { ImportedFamily } from '../../../../shared/dtsen/families';
import type { ImportedPerson } from '../../../../shared/dtsen/person-row';

const KK = ['3573051203150001', '3573051203150002', '3573051203150003', '3573051203150004'] as const;

function person(row: number, noKk: string | null, nik: string | null, over: Partial<ImportedPerson> = {}): ImportedPerson {
  return { row, nik, noKk, name: `ORANG ${nik ?? ''}`, relationship: 'KEPALA_KELUARGA', sex: null, birthDate: null, birthPlace: null, motherName: null, address: null, rt: null, rw: null, idDtsen: null, programs: {}, ...over };
}

function registered(id: number, noKk: string, nik: string, over: Partial<RegisteredFamily> = {}): RegisteredFamily {
  return { id, noKk, address: 'Jl. Joyo Agung 1', rt: 3, rw: 5, desil: 3, programs: ['PKH'], members: [{ nik, name: `ORANG ${nik}`, relationship: 'KEPALA_KELUARGA' }], ...over };
}

const REGISTER = new Map([
  [KK[0], registered(1, KK[0], '3573051705800001')],
  [KK[1], registered(2, KK[1], '3573051705800002')],
  [KK[2], registered(3, KK[2], '3573051705800003')],
]);

describe('an extract compared with the register', () => {
  it('counts new, changed (saying what) and unchanged families, and members by NIK', () => {
    const imported: ImportedFamily[] = [
      { noKk: KK[0], members: [person(2, KK[0], '3573051705800001', { desil: 3, programs: { PKH: true } })] },
      { noKk: KK[1], members: [person(3, KK[1], '3573051705800002', { desil: 5, programs: { PKH: false, SEMBAKO: true } }), person(4, KK[1], '3573055709840012', { relationship: 'ISTRI' })] },
      { noKk: KK[3], members: [person(5, KK[3], '3573051705800004')] },
    ];
    const { outcomes, counts } = compareRegister(REGISTER, imported);
    expect(outcomes).toEqual([
      { noKk: KK[0], householdId: 1, status: 'UNCHANGED', changes: [] },
      { noKk: KK[1], householdId: 2, status: 'CHANGED', changes: ['desil', 'programmes', 'members'] },
      { noKk: KK[3], householdId: null, status: 'NEW', changes: [] },
    ]);
    expect(counts).toEqual({ families: { new: 1, changed: 1, unchanged: 1, missing: 0 }, members: { new: 2, changed: 0, unchanged: 2 } });
  });

  it('keeps programmes the file has no column for', () => {
    const imported: ImportedFamily[] = [{ noKk: KK[0], members: [person(2, KK[0], '3573051705800001', { desil: 3, programs: { SEMBAKO: false } })] }];
    expect(compareRegister(REGISTER, imported).outcomes[0]).toMatchObject({ status: 'UNCHANGED' });
  });
});

describe("a desil update compared with the register", () => {
  it('finds families by No. KK, then by NIK, and lists rows it cannot place instead of inventing families', () => {
    const kkOfNik = new Map([['3573051705800003', KK[2]]]);
    const { outcomes, unknown, counts } = compareDesilUpdate(REGISTER, kkOfNik, [
      person(2, KK[0], null, { desil: 6 }),
      person(3, null, '3573051705800003', { desil: 3 }),
      person(4, KK[3], null, { desil: 2 }),
    ]);
    expect(outcomes).toEqual([
      { noKk: KK[0], householdId: 1, status: 'CHANGED', changes: ['desil'] },
      { noKk: KK[2], householdId: 3, status: 'UNCHANGED', changes: [] },
    ]);
    expect(unknown).toEqual([{ row: 4, column: null, value: KK[3], message: expect.stringContaining('tidak ada di daftar keluarga') }]);
    expect(counts.families).toEqual({ new: 0, changed: 1, unchanged: 1, missing: 0 });
  });
});
