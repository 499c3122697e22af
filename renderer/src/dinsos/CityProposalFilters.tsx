import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import { DECISIONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../../../shared/meeting/options';
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

/** One of the codes, or nothing for "all". */
function pick<T extends string>(codes: readonly T[], value: string): T | undefined {
  return codes.find((c) => c === value);
}

const DINSOS_CHOICES = ['BELUM', ...DINSOS_STATUSES.codes] as const;

export function CityProposalFilters({ filter, kelurahan, onChange }: CityProposalFiltersProps) {
  // Undefined is "all": the key is left out of the request.
  const set = <K extends keyof CityFilter>(key: K, value: CityFilter[K] | undefined) => onChange({ ...filter, [key]: value });
  return (
    <div className="city-filters" role="group" aria-label="Saringan usulan">
      <div className="field">
        <label htmlFor="filter-kelurahan">Kelurahan</label>
        <select id="filter-kelurahan" value={filter.kelurahanCode ?? ''} onChange={(e) => set('kelurahanCode', e.target.value === '' ? undefined : e.target.value)}>
          <option value="">Semua kelurahan</option>
          {kelurahan.map((k) => (
            <option key={k.code} value={k.code}>{k.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">Jenis usulan</label>
        <select id="filter-kind" value={filter.kind ?? ''} onChange={(e) => set('kind', pick(PROPOSAL_KINDS.codes, e.target.value))}>
          <option value="">Semua jenis</option>
          {PROPOSAL_KINDS.codes.map((k) => (
            <option key={k} value={k}>{PROPOSAL_KINDS.labels[k]}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-program">Program</label>
        <select id="filter-program" value={filter.program ?? ''} onChange={(e) => set('program', pick(PROPOSAL_PROGRAMS.codes, e.target.value))}>
          <option value="">Semua program</option>
          {PROPOSAL_PROGRAMS.codes.map((p) => (
            <option key={p} value={p}>{PROPOSAL_PROGRAMS.labels[p]}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-decision">Keputusan musyawarah</label>
        <select id="filter-decision" value={filter.decision ?? ''} onChange={(e) => set('decision', pick(DECISIONS.codes, e.target.value))}>
          <option value="">Semua keputusan</option>
          {DECISIONS.codes.map((d) => (
            <option key={d} value={d}>{DECISIONS.labels[d]}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-dinsos">Status Dinsos</label>
        <select id="filter-dinsos" value={filter.dinsosStatus ?? ''} onChange={(e) => set('dinsosStatus', pick(DINSOS_CHOICES, e.target.value))}>
          <option value="">Semua status</option>
          {DINSOS_CHOICES.map((s) => (
            <option key={s} value={s}>{s === 'BELUM' ? 'Belum ditanggapi' : DINSOS_STATUSES.labels[s]}</option>
          ))}
        </select>
      </div>
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
