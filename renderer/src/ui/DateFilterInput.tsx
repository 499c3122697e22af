import { useState } from 'react';
import { displayToIso, isRealIsoDate, isoToDisplay } from '../../../shared/format/date-input';

interface DateFilterInputProps {
  id: string;
  label: string;
  /** ISO date, or undefined for "any day". */
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
}

/**
 * A day to filter by, typed as a KTP prints it (HH-BB-TTTT) like every date in the app; the filter changes once the
 * text is a real date, or is emptied.
 */
export function DateFilterInput({ id, label, value, onChange }: DateFilterInputProps) {
  const [text, setText] = useState(() => (value ? isoToDisplay(value) : ''));
  const iso = displayToIso(text);
  const invalid = text.trim() !== '' && (iso === null || !isRealIsoDate(iso));
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        placeholder="HH-BB-TTTT"
        maxLength={10}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = displayToIso(e.target.value);
          if (e.target.value.trim() === '') onChange(undefined);
          else if (next !== null && isRealIsoDate(next)) onChange(next);
        }}
      />
      {invalid ? <p className="field-error" id={`${id}-error`}>Tulis tanggal sebagai HH-BB-TTTT, misalnya 03-12-2026</p> : null}
    </div>
  );
}
