interface FileFieldProps {
  id: string;
  label: string;
  /** The button's text, in Indonesian (the browser's own file input speaks its own language). */
  buttonLabel: string;
  accept: string;
  multiple?: boolean;
  invalid?: boolean;
  /** What is chosen, or a hint while nothing is. */
  note: string;
  error?: string | undefined;
  onChoose: (files: File[]) => void;
}

/** A labelled file choice with an Indonesian button; the input stays focusable for the keyboard, only out of sight. */
export function FileField({ id, label, buttonLabel, accept, multiple = false, invalid = false, note, error, onChoose }: FileFieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="label" id={`${id}-label`}>{label}</span>
      <div className="file-field">
        <label className="button secondary file-picker">
          {buttonLabel}
          <input
            id={id}
            type="file"
            accept={accept}
            multiple={multiple}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-note`}
            aria-invalid={invalid}
            onChange={(e) => onChoose(Array.from(e.target.files ?? []))}
          />
        </label>
        <span className="field-hint" id={`${id}-note`} data-testid={`${id}-note`}>{note}</span>
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
