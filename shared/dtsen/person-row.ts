import type { RELATIONSHIPS } from '../household/options';
import { EXCEL_MESSAGE } from '../identity/excel';
import { checkKk } from '../identity/kk';
import { nikAgreement, parseNik } from '../identity/nik';
import type { Sex } from '../identity/nik';
import type { FileShape, ImportField } from './columns';
import type { Parsed } from './values';
import { parseBirthDate, parseDesil, parseRelationship, parseRtRw, parseSex, parseYesNo } from './values';

export type ImportProgram = 'PKH' | 'SEMBAKO' | 'PBI_JK';

/** One person as a row of the file tells it; fields the file does not carry are null (or absent for desil and programmes). */
export interface ImportedPerson {
  row: number;
  nik: string | null;
  noKk: string | null;
  name: string | null;
  relationship: (typeof RELATIONSHIPS.codes)[number] | null;
  sex: Sex | null;
  birthDate: string | null;
  birthPlace: string | null;
  motherName: string | null;
  address: string | null;
  rt: number | null;
  rw: number | null;
  idDtsen: string | null;
  /** Undefined when the file has no desil column; null when the cell is empty (not in DTSEN). */
  desil?: number | null;
  /** Only the programmes the file has a column for. */
  programs: Partial<Record<ImportProgram, boolean>>;
}

/** A refusal of one cell, or of a row as a whole (column null), shown as "baris 12, kolom NIK: ...". */
export interface RowError {
  row: number;
  column: string | null;
  value: string;
  message: string;
}

export interface RowInput {
  row: number;
  cells: readonly string[];
  /** Positions of cells an XLSX stored as numbers (main/dtsen/table.ts): a NIK or No. KK there has lost digits already. */
  numeric?: readonly number[];
}

const PROGRAM_FIELDS: [ImportField, ImportProgram][] = [['pkh', 'PKH'], ['sembako', 'SEMBAKO'], ['pbiJk', 'PBI_JK']];

/**
 * Reads one row with the same rules as the household form: NIK and No. KK structure, the NIK's date and sex
 * against the birth date and sex columns, Excel-damaged numbers refused, never repaired. `today` dates NIKs.
 */
export function readPersonRow(input: RowInput, headers: readonly string[], fields: readonly (ImportField | null)[], shape: FileShape, today: Date): { person: ImportedPerson | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const at = (field: ImportField) => fields.indexOf(field);
  const raw = (field: ImportField) => (at(field) < 0 ? '' : (input.cells[at(field)] ?? '').trim());
  const fail = (field: ImportField | null, message: string) => {
    errors.push({ row: input.row, column: field === null ? null : (headers[at(field)] ?? field), value: field === null ? '' : raw(field), message });
  };
  const take = <T>(field: ImportField, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    fail(field, parsed.message);
    return null;
  };
  const text = (field: ImportField) => raw(field) || null;
  const number = (field: 'nik' | 'noKk', label: string, check: (value: string) => string | null): string | null => {
    const value = raw(field);
    if (value === '') return null;
    if (input.numeric?.includes(at(field))) return take(field, { ok: false, message: `${label} ${EXCEL_MESSAGE}` });
    const problem = check(value);
    return problem ? take(field, { ok: false, message: problem }) : value;
  };

  const nikResult = raw('nik') === '' ? null : parseNik(raw('nik'), today);
  const person: ImportedPerson = {
    row: input.row,
    nik: number('nik', 'NIK', () => (nikResult && !nikResult.ok ? nikResult.reason : null)),
    noKk: number('noKk', 'No. KK', checkKk),
    name: text('name'),
    relationship: raw('relationship') === '' ? null : take('relationship', parseRelationship(raw('relationship'))),
    sex: raw('sex') === '' ? null : take('sex', parseSex(raw('sex'))),
    birthDate: raw('birthDate') === '' ? null : take('birthDate', parseBirthDate(raw('birthDate'))),
    birthPlace: text('birthPlace'),
    motherName: text('motherName'),
    address: text('address'),
    rt: raw('rt') === '' ? null : take('rt', parseRtRw(raw('rt'), 'RT')),
    rw: raw('rw') === '' ? null : take('rw', parseRtRw(raw('rw'), 'RW')),
    idDtsen: text('idDtsen'),
    programs: {},
  };
  if (at('desil') >= 0) person.desil = take('desil', parseDesil(raw('desil')));
  for (const [field, program] of PROGRAM_FIELDS) {
    if (at(field) < 0) continue;
    const flag = take(field, parseYesNo(raw(field)));
    if (flag !== null) person.programs[program] = flag;
  }
  if (person.nik && nikResult?.ok && person.sex && person.birthDate) {
    const disagreement = nikAgreement(nikResult.info, person.sex, person.birthDate);
    if (disagreement) fail('nik', disagreement);
  }
  const required: ImportField[] = shape === 'REGISTER' ? ['nik', 'noKk', 'name', 'relationship'] : [];
  for (const field of required) if (raw(field) === '') fail(field, 'Wajib diisi');
  if (shape === 'DESIL_UPDATE' && raw('noKk') === '' && raw('nik') === '') fail(null, 'Baris tanpa No. KK dan tanpa NIK tidak dapat dicocokkan dengan keluarga mana pun');
  return { person: errors.length === 0 ? person : null, errors };
}
