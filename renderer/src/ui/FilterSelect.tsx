interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  /** The first choice, which filters nothing: "Semua …". */
  all: string;
  value: T | undefined;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  /** Undefined for "all". */
  onChange: (value: T | undefined) => void;
}

/** One filter of a list as a select: "all", then each choice by its label. */
export function FilterSelect<T extends string>({ id, label, all, value, choices, labelOf, onChange }: FilterSelectProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(choices.find((c) => c === e.target.value))}>
        <option value="">{all}</option>
        {choices.map((c) => (
          <option key={c} value={c}>{labelOf(c)}</option>
        ))}
      </select>
    </div>
  );
}
