import { useState } from 'react';
import type { Village } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useTypeahead } from '../ui/useTypeahead';

interface VillagePickerProps {
  id: string;
  value: Village | null;
  onChange: (village: Village) => void;
  invalid: boolean;
  /** Only the villages of this kota/kabupaten (4-digit code), as Dinsos picks among its own kelurahan. */
  regencyCode?: string;
}

export function villageLabel(v: Village): string {
  return `Kelurahan ${v.name}, Kecamatan ${v.districtName}, ${v.regencyName}, ${v.provinceName}`;
}

/** Type-ahead over the Kemendagri list: "dinoyo", "sukun malang", or a code. */
export function VillagePicker({ id, value, onChange, invalid, regencyCode }: VillagePickerProps) {
  const [query, setQuery] = useState('');
  const { results: shown, error } = useTypeahead(query, 3, async (q) => {
    if (regencyCode === undefined) return call('region.searchVillages', { query: q, limit: 12 });
    // Every word must match, and a village's code starts with its regency's: the code narrows the search to it.
    const found = await call('region.searchVillages', { query: `${q.slice(0, 50)} ${regencyCode}`, limit: 24 });
    return found.filter((v) => v.regencyCode === regencyCode).slice(0, 12);
  });
  return (
    <div className="village-picker">
      {value ? (
        <p className="village-chosen" data-testid="village-chosen">
          {villageLabel(value)} <span className="muted">(kode {value.code})</span>
        </p>
      ) : null}
      <input
        id={id}
        type="search"
        placeholder={value ? 'Ketik untuk mengganti kelurahan' : 'Ketik nama kelurahan, misalnya Dinoyo'}
        value={query}
        aria-invalid={invalid}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorBanner message={error} />
      {shown.length > 0 ? (
        <ul className="village-results" role="listbox" aria-label="Hasil pencarian kelurahan">
          {shown.map((v) => (
            <li key={v.code} role="option" aria-selected={value?.code === v.code}>
              <button
                type="button"
                onClick={() => {
                  onChange(v);
                  setQuery('');
                }}
              >
                <strong>{v.name}</strong> <span className="muted">Kec. {v.districtName}, {v.regencyName}, {v.provinceName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 3 && error === null ? (
        <p className="field-hint">Tidak ada kelurahan yang cocok.</p>
      ) : null}
    </div>
  );
}
