interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "new-password" where a passphrase is chosen, so the browser does not offer a saved one. */
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
}

/** One labelled passphrase input, as every form that asks for a passphrase shows it. */
export function PasswordField({ id, label, value, onChange, autoComplete, autoFocus = false }: PasswordFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" autoComplete={autoComplete} autoFocus={autoFocus} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
