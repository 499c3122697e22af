import type { UseFormRegisterReturn } from 'react-hook-form';
import { PAPER } from '../../../shared/print/paper';
import { Field } from './Field';

export interface SignatoryInput {
  label: string;
  field: UseFormRegisterReturn;
  error: string | undefined;
  hint?: string;
  /** An NIP: digits, with the numeric keyboard on a tablet. */
  numeric?: boolean;
}

/** The officials who sign the office's documents, names and NIPs two by two. */
export function SignatoryFields({ people }: { people: readonly SignatoryInput[] }) {
  return (
    <fieldset>
      <legend>Pejabat penanda tangan</legend>
      <div className="grid-2">
        {people.map(({ label, field, error, hint, numeric }) => (
          <Field key={field.name} id={field.name} label={label} error={error} hint={hint}>
            <input id={field.name} inputMode={numeric ? 'numeric' : undefined} {...field} aria-invalid={Boolean(error)} />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/** A4 or F4 for everything the office prints. */
export function PaperSizeChoice({ field }: { field: UseFormRegisterReturn }) {
  return (
    <div className="field">
      <span className="label">Ukuran kertas untuk semua dokumen yang dicetak</span>
      <div className="check-row">
        <label><input type="radio" value="A4" {...field} /> {PAPER.A4.label}, ukuran baku surat dinas</label>
        <label><input type="radio" value="F4" {...field} /> {PAPER.F4.label}, kertas Folio</label>
      </div>
    </div>
  );
}
