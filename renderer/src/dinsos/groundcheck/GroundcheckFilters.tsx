import type { GroundcheckListInput } from '../../../../shared/groundcheck/schema';
import { DateFilterInput } from '../../ui/DateFilterInput';
import type { KelurahanOption } from '../CityProposalFilters';

/** What the officer narrows the list by; paging is the page's own. */
export type GroundcheckFilter = Omit<GroundcheckListInput, 'offset' | 'limit'>;

interface GroundcheckFiltersProps {
  filter: GroundcheckFilter;
  officers: readonly string[];
  kelurahan: readonly KelurahanOption[];
  onChange: (filter: GroundcheckFilter) => void;
}

const DONE_CHOICES = { '': 'Semua', belum: 'Belum diperiksa', sudah: 'Sudah diperiksa' } as const;

export function GroundcheckFilters({ filter, officers, kelurahan, onChange }: GroundcheckFiltersProps) {
  const set = <K extends keyof GroundcheckFilter>(key: K, value: GroundcheckFilter[K] | undefined) => onChange({ ...filter, [key]: value });
  const done = filter.hasResult === undefined ? '' : filter.hasResult ? 'sudah' : 'belum';
  return (
    <div className="city-filters" role="group" aria-label="Saringan groundcheck">
      <div className="field">
        <label htmlFor="gc-officer">Petugas</label>
        <select id="gc-officer" value={filter.officer ?? ''} onChange={(e) => set('officer', e.target.value === '' ? undefined : e.target.value)}>
          <option value="">Semua petugas</option>
          {officers.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </select>
      </div>
      <DateFilterInput id="gc-date" label="Tanggal kunjungan" value={filter.plannedDate} onChange={(iso) => set('plannedDate', iso)} />
      <div className="field">
        <label htmlFor="gc-done">Hasil</label>
        <select id="gc-done" value={done} onChange={(e) => set('hasResult', e.target.value === '' ? undefined : e.target.value === 'sudah')}>
          {Object.entries(DONE_CHOICES).map(([code, label]) => (
            <option key={code} value={code}>{label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gc-kelurahan">Kelurahan</label>
        <select id="gc-kelurahan" value={filter.kelurahanCode ?? ''} onChange={(e) => set('kelurahanCode', e.target.value === '' ? undefined : e.target.value)}>
          <option value="">Semua kelurahan</option>
          {kelurahan.map((k) => (
            <option key={k.code} value={k.code}>{k.name}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
