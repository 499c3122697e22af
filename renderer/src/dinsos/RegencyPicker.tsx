import { useState } from 'react';
import type { Regency } from '../../../shared/office/schema';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useTypeahead } from '../ui/useTypeahead';

interface RegencyPickerProps {
  id: string;
  value: Regency | null;
  onChange: (regency: Regency) => void;
  invalid: boolean;
}

export function regencyLabel(r: Regency): string {
  return `${r.name}, ${r.provinceName}`;
}

/** Type-ahead over the Kemendagri list of kota and kabupaten: "malang", "kota malang", or a code such as 3573. */
export function RegencyPicker({ id, value, onChange, invalid }: RegencyPickerProps) {
  const [query, setQuery] = useState('');
  const { results: shown, error } = useTypeahead(query, 3, async (q) => {
    // "malang" should offer Kota and Kabupaten Malang before Kabupaten Pemalang: a word of the name starting with it first.
    const first = q.trim().toLowerCase().split(/\s+/)[0] ?? '';
    const startsWord = (r: Regency) => r.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(first));
    const found = await call('region.searchRegencies', { query: q, limit: 24 });
    return [...found].sort((a, b) => Number(startsWord(b)) - Number(startsWord(a))).slice(0, 12);
  });
  return (
    <div className="village-picker">
      {value ? (
        <p className="village-chosen" data-testid="regency-chosen">
          {regencyLabel(value)} <span className="muted">(kode {value.code})</span>
        </p>
      ) : null}
      <input
        id={id}
        type="search"
        placeholder={value ? 'Ketik untuk mengganti kota/kabupaten' : 'Ketik nama kota/kabupaten, misalnya Kota Malang'}
        value={query}
        aria-invalid={invalid}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorBanner message={error} />
      {shown.length > 0 ? (
        <ul className="village-results" role="listbox" aria-label="Hasil pencarian kota/kabupaten">
          {shown.map((r) => (
            <li key={r.code} role="option" aria-selected={value?.code === r.code}>
              <button
                type="button"
                onClick={() => {
                  onChange(r);
                  setQuery('');
                }}
              >
                <strong>{r.name}</strong> <span className="muted">{r.provinceName} · kode {r.code}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 3 && error === null ? (
        <p className="field-hint">Tidak ada kota/kabupaten yang cocok.</p>
      ) : null}
    </div>
  );
}
