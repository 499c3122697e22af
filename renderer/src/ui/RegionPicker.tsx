import { useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner';
import { useTypeahead } from './useTypeahead';

interface RegionPickerProps<T extends { code: string }> {
  id: string;
  value: T | null;
  onChange: (region: T) => void;
  invalid: boolean;
  /** What is picked, in words: "kelurahan", "kota/kabupaten". */
  noun: string;
  example: string;
  testId: string;
  search: (query: string) => Promise<T[]>;
  /** The chosen region in full, above the search box. */
  label: (region: T) => string;
  /** One result: its name, then what tells it apart. */
  option: (region: T) => ReactNode;
}

/** Type-ahead over a Kemendagri list (from three characters), the choice shown above it in full with its code. */
export function RegionPicker<T extends { code: string }>({ id, value, onChange, invalid, noun, example, testId, search, label, option }: RegionPickerProps<T>) {
  const [query, setQuery] = useState('');
  const { results: shown, error } = useTypeahead(query, 3, search);
  return (
    <div className="village-picker">
      {value ? (
        <p className="village-chosen" data-testid={testId}>
          {label(value)} <span className="muted">(kode {value.code})</span>
        </p>
      ) : null}
      <input
        id={id}
        type="search"
        placeholder={value ? `Ketik untuk mengganti ${noun}` : `Ketik nama ${noun}, misalnya ${example}`}
        value={query}
        aria-invalid={invalid}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorBanner message={error} />
      {shown.length > 0 ? (
        <ul className="village-results" role="listbox" aria-label={`Hasil pencarian ${noun}`}>
          {shown.map((r) => (
            <li key={r.code} role="option" aria-selected={value?.code === r.code}>
              <button
                type="button"
                onClick={() => {
                  onChange(r);
                  setQuery('');
                }}
              >
                {option(r)}
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 3 && error === null ? (
        <p className="field-hint">Tidak ada {noun} yang cocok.</p>
      ) : null}
    </div>
  );
}
