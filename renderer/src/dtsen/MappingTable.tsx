import { FIELD_LABELS, IMPORT_FIELDS } from '../../../shared/dtsen/columns';
import type { ImportField } from '../../../shared/dtsen/columns';
import { OptionList } from '../ui/OptionList';

interface MappingTableProps {
  headers: readonly string[];
  fields: readonly (ImportField | null)[];
  preview: readonly (readonly string[])[];
  onChange: (header: string, field: ImportField | null) => void;
}

const asField = (value: string): ImportField | null => IMPORT_FIELDS.find((f) => f === value) ?? null;

/** One column per column of the file: its header as written, what it holds, and its first rows. */
export function MappingTable({ headers, fields, preview, onChange }: MappingTableProps) {
  return (
    <div className="mapping-scroll">
      <table className="data-table mapping-table" aria-label="Pemetaan kolom">
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className={fields[i] === null ? 'unused' : undefined}>{h === '' ? '(tanpa judul)' : h}</th>
            ))}
          </tr>
          <tr>
            {headers.map((h, i) => (
              <td key={i}>
                <select aria-label={`Isi kolom ${h}`} value={fields[i] ?? ''} onChange={(e) => onChange(h, asField(e.target.value))}>
                  <OptionList labels={FIELD_LABELS} empty="— tidak dipakai —" />
                </select>
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row, r) => (
            <tr key={r}>
              {headers.map((_, i) => (
                <td key={i} className={fields[i] === null ? 'unused' : undefined}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
