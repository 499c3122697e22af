import { describe, expect, it } from 'vitest';
import { stagedPersonFromDb, stagedPersonToDb } from '../../../../main/db/dtsen-staging-mapping';
import type { ImportedPerson } from '../../../../shared/dtsen/person-row';

const person: ImportedPerson = {
  row: 7, nik: '3573055705840002', noKk: '3573050000000001', name: 'SITI AMINAH', relationship: 'ISTRI', sex: 'P', birthDate: '1984-05-17',
  birthPlace: 'MALANG', motherName: null, address: 'JL. MT HARYONO', rt: 3, rw: 5, idDtsen: null, desil: 4, programs: { PKH: true, PBI_JK: false },
};

describe('a staged person', () => {
  it('comes back as it went in, the row, NIK and No. KK from their own columns', () => {
    const json = stagedPersonToDb(person);
    expect(json).not.toContain(person.nik);
    expect(stagedPersonFromDb(7, person.nik ?? '', person.noKk ?? '', json)).toEqual(person);
  });

  it('tells a file without a desil column from an empty desil cell, and keeps only the programmes the file names', () => {
    const { desil: _, ...withoutDesil } = person;
    const noColumn = stagedPersonFromDb(7, '', '3573050000000001', stagedPersonToDb({ ...withoutDesil, nik: null, programs: {} }));
    expect(noColumn).not.toHaveProperty('desil');
    expect(noColumn).toMatchObject({ nik: null, programs: {} });
    expect(stagedPersonFromDb(7, '', '', stagedPersonToDb({ ...person, desil: null }))).toMatchObject({ desil: null, nik: null, noKk: null, programs: { PKH: true, PBI_JK: false } });
  });
});
