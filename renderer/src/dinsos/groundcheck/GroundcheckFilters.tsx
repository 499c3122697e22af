import type { GroundcheckListInput } from '../../../../shared/groundcheck/schema';
import { DateFilterInput } from '../../ui/DateFilterInput';
import { FilterSelect } from '../../ui/FilterSelect';
import type { KelurahanOption } from '../CityProposalFilters';

/** What the officer narrows the list by; paging is the page's own. */
export type GroundcheckFilter = Omit<GroundcheckListInput, 'offset' | 'limit'>;

interface GroundcheckFiltersProps {
  filter: GroundcheckFilter;
  officers: readonly string[];
  kelurahan: readonly KelurahanOption[];
  onChange: (filter: GroundcheckFilter) => void;
}

const DONE = ['belum', 'sudah'] as const;
const DONE_LABELS = { belum: 'Belum diperiksa', sudah: 'Sudah diperiksa' } as const;

export function GroundcheckFilters({ filter, officers, kelurahan, onChange }: GroundcheckFiltersProps) {
  const set = <K extends keyof GroundcheckFilter>(key: K, value: GroundcheckFilter[K] | undefined) => onChange({ ...filter, [key]: value });
  const names = new Map(kelurahan.map((k) => [k.code, k.name]));
  return (
    <div className="city-filters" role="group" aria-label="Saringan groundcheck">
      <FilterSelect id="gc-officer" label="Petugas" all="Semua petugas" value={filter.officer} choices={officers} labelOf={(o) => o} onChange={(v) => set('officer', v)} />
      <DateFilterInput id="gc-date" label="Tanggal kunjungan" value={filter.plannedDate} onChange={(iso) => set('plannedDate', iso)} />
      <FilterSelect
        id="gc-done"
        label="Hasil"
        all="Semua"
        value={filter.hasResult === undefined ? undefined : filter.hasResult ? 'sudah' : 'belum'}
        choices={DONE}
        labelOf={(d) => DONE_LABELS[d]}
        onChange={(v) => set('hasResult', v === undefined ? undefined : v === 'sudah')}
      />
      <FilterSelect id="gc-kelurahan" label="Kelurahan" all="Semua kelurahan" value={filter.kelurahanCode} choices={[...names.keys()]} labelOf={(c) => names.get(c) ?? c} onChange={(v) => set('kelurahanCode', v)} />
    </div>
  );
}
