import type { RELATIONSHIPS } from '../household/options';
import { EXCEL_MESSAGE } from '../identity/excel';
import { checkKk } from '../identity/kk';
import { nikAgreement, parseNik } from '../identity/nik';
import type { Sex } from '../identity/nik';
import { IMPORT_FIELDS } from './columns';
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

/** Where each field's column is (-1: the file has none), found once per file rather than once per cell. */
type Positions = Record<ImportField, number>;

/** One row being read: its cells and the errors found so far. Methods rather than closures, made once per row of a million. */
class RowReading {
  readonly errors: RowError[] = [];

  constructor(
    private readonly input: RowInput,
    private readonly at: Positions,
    private readonly headers: readonly string[],
  ) {}

  raw(field: ImportField): string {
    const at = this.at[field];
    return at < 0 ? '' : (this.input.cells[at] ?? '').trim();
  }

  fail(field: ImportField | null, message: string): void {
    const column = field === null ? null : (this.headers[this.at[field]] ?? field);
    this.errors.push({ row: this.input.row, column, value: field === null ? '' : this.raw(field), message });
  }

  take<T>(field: ImportField, parsed: Parsed<T>): T | null {
    if (parsed.ok) return parsed.value;
    this.fail(field, parsed.message);
    return null;
  }

  /** A field parsed when its cell is not empty. */
  parsed<T>(field: ImportField, parse: (raw: string) => Parsed<T>): T | null {
    const raw = this.raw(field);
    return raw === '' ? null : this.take(field, parse(raw));
  }

  text(field: ImportField): string | null {
    return this.raw(field) || null;
  }

  /** A NIK or No. KK: refused when an XLSX stored it as a number, or when `problem` names what is wrong. */
  number(field: 'nik' | 'noKk', label: string, problem: (value: string) => string | null): string | null {
    const value = this.raw(field);
    if (value === '') return null;
    if (this.input.numeric?.includes(this.at[field])) return this.take(field, { ok: false, message: `${label} ${EXCEL_MESSAGE}` });
    const reason = problem(value);
    return reason ? this.take(field, { ok: false, message: reason }) : value;
  }
}

export type PersonRowReader = (input: RowInput) => { person: ImportedPerson | null; errors: RowError[] };

/**
 * Reads rows with the same rules as the household form: NIK and No. KK structure, the NIK's date and sex
 * against the birth date and sex columns, Excel-damaged numbers refused, never repaired. `today` dates NIKs.
 */
export function personRowReader(headers: readonly string[], fields: readonly (ImportField | null)[], shape: FileShape, today: Date): PersonRowReader {
  const at = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, fields.indexOf(field)])) as Positions;
  const required: ImportField[] = shape === 'REGISTER' ? ['nik', 'noKk', 'name', 'relationship'] : [];
  const programs = PROGRAM_FIELDS.filter(([field]) => at[field] >= 0);
  return (input) => {
    const row = new RowReading(input, at, headers);
    const nikResult = row.raw('nik') === '' ? null : parseNik(row.raw('nik'), today);
    const person: ImportedPerson = {
      row: input.row,
      nik: row.number('nik', 'NIK', () => (nikResult && !nikResult.ok ? nikResult.reason : null)),
      noKk: row.number('noKk', 'No. KK', checkKk),
      name: row.text('name'),
      relationship: row.parsed('relationship', parseRelationship),
      sex: row.parsed('sex', parseSex),
      birthDate: row.parsed('birthDate', parseBirthDate),
      birthPlace: row.text('birthPlace'),
      motherName: row.text('motherName'),
      address: row.text('address'),
      rt: row.parsed('rt', parseRt),
      rw: row.parsed('rw', parseRw),
      idDtsen: row.text('idDtsen'),
      programs: {},
    };
    if (at.desil >= 0) person.desil = row.take('desil', parseDesil(row.raw('desil')));
    for (const [field, program] of programs) {
      const flag = row.take(field, parseYesNo(row.raw(field)));
      if (flag !== null) person.programs[program] = flag;
    }
    if (person.nik && nikResult?.ok && person.sex && person.birthDate) {
      const disagreement = nikAgreement(nikResult.info, person.sex, person.birthDate);
      if (disagreement) row.fail('nik', disagreement);
    }
    for (const field of required) if (row.raw(field) === '') row.fail(field, 'Wajib diisi');
    if (shape === 'DESIL_UPDATE' && row.raw('noKk') === '' && row.raw('nik') === '') row.fail(null, 'Baris tanpa No. KK dan tanpa NIK tidak dapat dicocokkan dengan keluarga mana pun');
    return { person: row.errors.length === 0 ? person : null, errors: row.errors };
  };
}

const parseRt = (raw: string) => parseRtRw(raw, 'RT');
const parseRw = (raw: string) => parseRtRw(raw, 'RW');
