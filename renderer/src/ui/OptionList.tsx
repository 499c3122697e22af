interface OptionListProps {
  labels: Readonly<Record<string, string>>;
  empty?: string;
}

/** <option>s for a coded answer, optionally led by an empty choice. */
export function OptionList({ labels, empty }: OptionListProps) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {Object.entries(labels).map(([code, label]) => (
        <option key={code} value={code}>
          {label}
        </option>
      ))}
    </>
  );
}
