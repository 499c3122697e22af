import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import { DECISIONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../../../shared/meeting/options';
import { FilterSelect } from '../ui/FilterSelect';
import type { CityFilter } from './useCityProposalPages';

export interface KelurahanOption {
  code: string;
  name: string;
}

interface CityProposalFiltersProps {
  filter: CityFilter;
  kelurahan: readonly KelurahanOption[];
  onChange: (filter: CityFilter) => void;
}

const DINSOS_CHOICES = ['BELUM', ...DINSOS_STATUSES.codes] as const;

export function CityProposalFilters({ filter, kelurahan, onChange }: CityProposalFiltersProps) {
  // Undefined is "all": the key is left out of the request.
  const set = <K extends keyof CityFilter>(key: K, value: CityFilter[K] | undefined) => onChange({ ...filter, [key]: value });
  const names = new Map(kelurahan.map((k) => [k.code, k.name]));
  return (
    <div className="city-filters" role="group" aria-label="Saringan usulan">
      <FilterSelect id="filter-kelurahan" label="Kelurahan" all="Semua kelurahan" value={filter.kelurahanCode} choices={[...names.keys()]} labelOf={(c) => names.get(c) ?? c} onChange={(v) => set('kelurahanCode', v)} />
      <FilterSelect id="filter-kind" label="Jenis usulan" all="Semua jenis" value={filter.kind} choices={PROPOSAL_KINDS.codes} labelOf={(k) => PROPOSAL_KINDS.labels[k]} onChange={(v) => set('kind', v)} />
      <FilterSelect id="filter-program" label="Program" all="Semua program" value={filter.program} choices={PROPOSAL_PROGRAMS.codes} labelOf={(p) => PROPOSAL_PROGRAMS.labels[p]} onChange={(v) => set('program', v)} />
      <FilterSelect id="filter-decision" label="Keputusan musyawarah" all="Semua keputusan" value={filter.decision} choices={DECISIONS.codes} labelOf={(d) => DECISIONS.labels[d]} onChange={(v) => set('decision', v)} />
      <FilterSelect
        id="filter-dinsos"
        label="Status Dinsos"
        all="Semua status"
        value={filter.dinsosStatus}
        choices={DINSOS_CHOICES}
        labelOf={(s) => (s === 'BELUM' ? 'Belum ditanggapi' : DINSOS_STATUSES.labels[s])}
        onChange={(v) => set('dinsosStatus', v)}
      />
      <div className="checks">
        <label>
          <input type="checkbox" checked={filter.groundcheck === true} onChange={(e) => set('groundcheck', e.target.checked ? true : undefined)} /> Perlu groundcheck
        </label>
        <label>
          <input type="checkbox" checked={filter.crossChecked === true} onChange={(e) => set('crossChecked', e.target.checked ? true : undefined)} /> Ada temuan lintas kelurahan
        </label>
      </div>
    </div>
  );
}
