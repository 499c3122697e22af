import type { ImportProgram, ImportedPerson } from '../../shared/dtsen/person-row';

const PROGRAMS: readonly ImportProgram[] = ['PKH', 'SEMBAKO', 'PBI_JK'];
/** A programme's cell: 1 yes, 0 no, null when the file has no column for it. */
type ProgramCell = 0 | 1 | null;
/** The file had no desil column (undefined on the person), as against an empty cell (null). */
const NO_DESIL_COLUMN = 'x';

type StagedPerson = [
  name: string | null, relationship: ImportedPerson['relationship'], sex: ImportedPerson['sex'], birthDate: string | null,
  birthPlace: string | null, motherName: string | null, address: string | null, rt: number | null, rw: number | null,
  idDtsen: string | null, desil: number | null | typeof NO_DESIL_COLUMN, programs: ProgramCell[],
];

/**
 * A checked person as the staging table keeps them: a JSON array in a fixed order, without the row, NIK and
 * No. KK (the table's own columns). Half the size of the object's JSON, and a city's million rows are all
 * written, encrypted and read back once.
 */
export function stagedPersonToDb(p: ImportedPerson): string {
  const programs = PROGRAMS.map((code): ProgramCell => (p.programs[code] === undefined ? null : p.programs[code] ? 1 : 0));
  const staged: StagedPerson = [
    p.name, p.relationship, p.sex, p.birthDate, p.birthPlace, p.motherName, p.address, p.rt, p.rw, p.idDtsen,
    p.desil === undefined ? NO_DESIL_COLUMN : p.desil, programs,
  ];
  return JSON.stringify(staged);
}

export function stagedPersonFromDb(row: number, nik: string, noKk: string, json: string): ImportedPerson {
  const [name, relationship, sex, birthDate, birthPlace, motherName, address, rt, rw, idDtsen, desil, cells] = JSON.parse(json) as StagedPerson;
  const programs: ImportedPerson['programs'] = {};
  PROGRAMS.forEach((code, i) => {
    const cell = cells[i];
    if (cell !== null && cell !== undefined) programs[code] = cell === 1;
  });
  return {
    row, nik: nik === '' ? null : nik, noKk: noKk === '' ? null : noKk, name, relationship, sex, birthDate, birthPlace, motherName, address, rt, rw, idDtsen,
    ...(desil === NO_DESIL_COLUMN ? {} : { desil }), programs,
  };
}
