import { formatCount } from '../../../shared/format/date';
import { MAX_CHOSEN } from './useCityProposalPages';

interface CitySelectionBarProps {
  chosen: number;
  /** How many proposals the filter keeps; null while counting. */
  total: number | null;
  busy: boolean;
  onChooseAll: () => void;
  onClear: () => void;
  onAnswer: () => void;
  onAssign: () => void;
}

/** What is chosen in Usulan Kota and what can be done with it: answer, or send an officer to check. */
export function CitySelectionBar({ chosen, total, busy, onChooseAll, onClear, onAnswer, onAssign }: CitySelectionBarProps) {
  const canChooseAll = total !== null && total > 0 && total <= MAX_CHOSEN && chosen < total;
  return (
    <div className="city-selection" role="group" aria-label="Usulan dipilih">
      <span data-testid="city-chosen">{chosen > 0 ? <><strong>{formatCount(chosen)}</strong> usulan dipilih</> : <span className="muted">Centang usulan untuk menanggapi atau menugaskan groundcheck.</span>}</span>
      {canChooseAll ? (
        <button type="button" className="link" disabled={busy} onClick={onChooseAll}>Pilih semua {formatCount(total)} usulan sesuai saringan</button>
      ) : null}
      {chosen > 0 ? <button type="button" className="link" onClick={onClear}>Batalkan pilihan</button> : null}
      <span className="spacer" />
      <button type="button" className="secondary" disabled={chosen === 0} onClick={onAssign}>Tugaskan groundcheck…</button>
      <button type="button" disabled={chosen === 0} onClick={onAnswer}>Tanggapi…</button>
    </div>
  );
}
