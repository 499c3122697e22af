import { FIELD_LABELS, HEADER_SYNONYMS } from '../../../shared/dtsen/columns';
import type { HeaderMatch } from '../../../shared/dtsen/columns';
import type { RowProblem } from '../../../shared/dtsen/import-result';

/** Why the headers cannot be imported as they are: a needed column not found, or two columns claiming one field. */
export function headerProblems(match: HeaderMatch, headerRow: number): RowProblem[] {
  const missing = match.missing.map((field) => ({
    row: headerRow,
    column: null,
    value: '',
    message: `Kolom ${FIELD_LABELS[field]} tidak ditemukan (judul yang dikenali: ${HEADER_SYNONYMS[field].join(', ')}). Petakan kolomnya secara manual.`,
  }));
  const duplicates = match.duplicates.map(({ field, headers }) => ({
    row: headerRow,
    column: headers.join(', '),
    value: '',
    message: `Kolom ${headers.map((h) => `"${h}"`).join(' dan ')} sama-sama dibaca sebagai ${FIELD_LABELS[field]}; petakan salah satunya ke kolom lain atau abaikan.`,
  }));
  return [...missing, ...duplicates];
}
