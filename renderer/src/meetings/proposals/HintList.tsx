import type { Hint } from '../../../../shared/rules/hints';

export function HintList({ hints, compact }: { hints: readonly Hint[]; compact?: boolean }) {
  if (hints.length === 0) return null;
  return (
    <ul className={`hints${compact ? ' compact' : ''}`} aria-label="Catatan aturan">
      {hints.map((h) => (
        <li key={h.message} className={`hint hint-${h.level.toLowerCase()}`}>
          <span className="hint-mark" aria-hidden="true">{h.level === 'PERHATIAN' ? '!' : 'i'}</span>
          {h.message}
        </li>
      ))}
    </ul>
  );
}
