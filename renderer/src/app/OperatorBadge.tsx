/** The operator named in the top bar, with the way to hand the keyboard to someone else. */
export function OperatorBadge({ operator, onSwitch }: { operator: string; onSwitch: () => void }) {
  return (
    <span className="operator">
      Operator: <strong data-testid="operator">{operator}</strong>{' '}
      <button type="button" className="link light" onClick={onSwitch}>
        ganti
      </button>
    </span>
  );
}
