import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import type { FieldFailureHandler } from '../ui/useBusyAction';

interface OperatorScreenProps {
  known: readonly string[];
  onChosen: (name: string) => void;
}

/** Every change is recorded under the operator's name, so the app asks who is at the keyboard first. */
export function OperatorScreen({ known, onChosen }: OperatorScreenProps) {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const { failure, act } = useBusyAction();

  const atName: FieldFailureHandler = (field, message) => {
    if (field !== 'name') return false;
    setNameError(message);
    return true;
  };
  const choose = (chosen: string) =>
    act(async () => {
      setNameError(null);
      const { operator } = await call('session.setOperator', { name: chosen });
      onChosen(operator);
    }, atName);

  return (
    <main className="setup">
      <h1>Siapa yang mengoperasikan Muskel?</h1>
      <p className="lead">Setiap perubahan data dicatat dalam catatan audit atas nama operator.</p>
      {known.length > 0 ? (
        <div className="operator-list">
          {known.map((k) => (
            <button key={k} type="button" className="secondary" onClick={() => void choose(k)}>
              {k}
            </button>
          ))}
        </div>
      ) : null}
      <ErrorBanner message={failure} />
      <form
        className="form-card operator-form"
        onSubmit={(e) => {
          e.preventDefault();
          void choose(name);
        }}
      >
        <div className="field">
          <label htmlFor="operator-name">{known.length > 0 ? 'Atau tulis nama lain' : 'Nama operator'}</label>
          <input id="operator-name" value={name} autoFocus={known.length === 0} onChange={(e) => setName(e.target.value)} aria-invalid={nameError !== null} />
          {nameError ? <p className="field-error" role="alert">{nameError}</p> : null}
        </div>
        <button type="submit">Lanjutkan</button>
      </form>
    </main>
  );
}
