import { WORKLIST_CODES } from '../../../shared/dtsen/worklist-schema';
import type { WorklistCounts, WorklistFilter } from '../../../shared/dtsen/worklist-schema';
import { formatCount } from '../../../shared/format/date';
import { PROGRAMS } from '../../../shared/household/options';
import type { ProgramCode } from '../../../shared/household/options';

interface WorklistFiltersProps {
  filter: WorklistFilter;
  counts: WorklistCounts | null;
  onChange: (filter: WorklistFilter) => void;
}

const areaNumber = (text: string) => {
  const n = Number(text);
  return text.trim() === '' || !Number.isInteger(n) || n < 1 || n > 999 ? null : n;
};

/** Counts per code (each a toggle of that code) and the RW, RT and programme filters. */
export function WorklistFilters({ filter, counts, onChange }: WorklistFiltersProps) {
  const toggle = (code: WorklistFilter['codes'][number]) =>
    onChange({ ...filter, codes: filter.codes.includes(code) ? filter.codes.filter((c) => c !== code) : [...filter.codes, code] });
  return (
    <>
      <div className="worklist-counts" role="group" aria-label="Jumlah per kode">
        {WORKLIST_CODES.codes.map((code) => (
          <button
            key={code}
            type="button"
            className={`count-card code-${code.toLowerCase()}`}
            aria-pressed={filter.codes.includes(code)}
            onClick={() => toggle(code)}
            data-testid={`count-${code}`}
          >
            <strong>{counts ? formatCount(counts[code]) : '…'}</strong>
            <span>{WORKLIST_CODES.labels[code]}</span>
          </button>
        ))}
      </div>
      <div className="worklist-filters">
        <div className="field narrow">
          <label htmlFor="filter-rw">RW</label>
          <input id="filter-rw" inputMode="numeric" placeholder="semua" defaultValue={filter.rw ?? ''} onChange={(e) => onChange({ ...filter, rw: areaNumber(e.target.value) })} />
        </div>
        <div className="field narrow">
          <label htmlFor="filter-rt">RT</label>
          <input id="filter-rt" inputMode="numeric" placeholder="semua" defaultValue={filter.rt ?? ''} onChange={(e) => onChange({ ...filter, rt: areaNumber(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="filter-program">Program</label>
          <select
            id="filter-program"
            value={filter.program ?? ''}
            onChange={(e) => onChange({ ...filter, program: PROGRAMS.codes.find((p): p is ProgramCode => p === e.target.value) ?? null })}
          >
            <option value="">Semua program</option>
            {PROGRAMS.codes.map((p) => (
              <option key={p} value={p}>{PROGRAMS.labels[p]}</option>
            ))}
          </select>
        </div>
      </div>
    </>
  );
}
