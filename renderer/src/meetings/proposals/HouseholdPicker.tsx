import { useState } from 'react';
import { formatRtRw } from '../../../../shared/format/address';
import type { HouseholdRow } from '../../../../shared/household/schema';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useTypeahead } from '../../ui/useTypeahead';

interface HouseholdPickerProps {
  onPick: (row: HouseholdRow) => void;
  onRegisterNew: () => void;
}

/** Find the family by name, NIK, No. KK or RT/RW; a family not yet registered is added from here. */
export function HouseholdPicker({ onPick, onRegisterNew }: HouseholdPickerProps) {
  const [query, setQuery] = useState('');
  const { results: shown, error } = useTypeahead<HouseholdRow>(query, 2, async (q) => (await call('households.search', { query: q, offset: 0, limit: 8 })).rows);
  return (
    <div className="household-picker">
      <div className="picker-bar">
        <input
          type="search"
          aria-label="Cari keluarga yang diusulkan"
          placeholder="Cari keluarga: nama, NIK, No. KK atau RT/RW"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="secondary" onClick={onRegisterNew}>+ Daftarkan keluarga baru</button>
      </div>
      <ErrorBanner message={error} />
      {shown.length > 0 ? (
        <ul className="picker-results" aria-label="Hasil pencarian keluarga">
          {shown.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => onPick(r)}>
                <strong>{r.headName}</strong> <span className="mono muted">KK {r.noKk}</span>
                <span className="muted"> · {r.address}, RT/RW {formatRtRw(r.rt, r.rw)}{r.matchedMember ? ` · cocok: ${r.matchedMember}` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 2 && error === null ? (
        <p className="muted">Tidak ditemukan. Jika keluarga belum terdaftar, pilih "Daftarkan keluarga baru".</p>
      ) : null}
    </div>
  );
}
