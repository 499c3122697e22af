import { FIELD_LABELS, HEADER_SYNONYMS, matchHeaders } from '../../../shared/dtsen/columns';
import type { FileShape, HeaderMatch, ImportField } from '../../../shared/dtsen/columns';
import type { ColumnMapping, Inspection } from '../../../shared/dtsen/import-result';

/** What the operator picked on the mapping screen, by header as written in the file. */
export type ColumnChoices = Readonly<Record<string, ImportField | null>>;

export interface ColumnReading {
  /** What each column holds: the operator's pick, else how the file was read (its header, or a remembered mapping). */
  fields: (ImportField | null)[];
  /**
   * The mapping for dtsen.start: the columns read otherwise than their header says. A mapping remembered for
   * these headers is part of it, so the one remembered after this import still holds it.
   */
  mapping: ColumnMapping;
  shape: FileShape;
  /** Why the import cannot start yet, worded for this screen: a required column not chosen, or one field chosen twice. */
  problems: string[];
}

function problemsOf(match: HeaderMatch): string[] {
  return [
    ...match.missing.map(
      (f) => `Kolom ${FIELD_LABELS[f]} belum ditemukan (judul yang dikenali: ${HEADER_SYNONYMS[f].join(', ')}). Pilih ${FIELD_LABELS[f]} pada kolom berkas yang berisi data tersebut.`,
    ),
    ...match.duplicates.map(
      ({ field, headers }) => `Kolom ${headers.map((h) => `"${h}"`).join(' dan ')} sama-sama dibaca sebagai ${FIELD_LABELS[field]}; ubah salah satunya atau pilih "tidak dipakai".`,
    ),
  ];
}

export function readColumns(inspection: Inspection, choices: ColumnChoices): ColumnReading {
  const { headers } = inspection;
  const fields = headers.map((h, i) => (Object.hasOwn(choices, h) ? (choices[h] ?? null) : (inspection.fields[i] ?? null)));
  const byHeader = matchHeaders(headers).fields;
  const mapping: ColumnMapping = Object.fromEntries(headers.flatMap((h, i) => (fields[i] === byHeader[i] ? [] : [[h, fields[i] ?? null] as const])));
  const match = matchHeaders(headers, mapping);
  return { fields, mapping, shape: match.shape, problems: problemsOf(match) };
}
