import { PROGRAMS } from '../../../shared/household/options';
import type { ProgramCode } from '../../../shared/household/options';

export function DesilBadge({ desil }: { desil: number | null }) {
  if (desil === null) return <span className="desil desil-unknown" title="Desil belum diketahui">–</span>;
  const band = desil <= 4 ? 'low' : desil <= 5 ? 'mid' : 'high';
  return (
    <span className={`desil desil-${band}`} title={`Desil ${desil}`}>
      {desil}
    </span>
  );
}

export function ProgramChips({ programs }: { programs: readonly ProgramCode[] }) {
  if (programs.length === 0) return <span className="muted">–</span>;
  return (
    <span className="chips">
      {programs.map((p) => (
        <span key={p} className={`chip chip-${p.toLowerCase()}`}>
          {PROGRAMS.labels[p].replace(' (BPNT)', '')}
        </span>
      ))}
    </span>
  );
}
