import { useState } from 'react';
import { call } from '../api/client';
import { messageOf } from '../ui/message-of';

interface OperatorScreenProps {
  known: readonly string[];
  onChosen: (name: string) => void;
}

/** Every change is recorded under the operator's name, so the app asks who is at the keyboard first. */
export function OperatorScreen({ known, onChosen }: OperatorScreenProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const choose = async (chosen: string) => {
    try {
      const { operator } = await call('session.setOperator', { name: chosen });
      onChosen(operator);
    } catch (e) {
      setError(messageOf(e));
    }
  };

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
      <form
        className="form-card operator-form"
        onSubmit={(e) => {
          e.preventDefault();
          void choose(name);
        }}
      >
        <div className="field">
          <label htmlFor="operator-name">{known.length > 0 ? 'Atau tulis nama lain' : 'Nama operator'}</label>
          <input id="operator-name" value={name} autoFocus={known.length === 0} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(error)} />
          {error ? <p className="field-error" role="alert">{error}</p> : null}
        </div>
        <button type="submit">Lanjutkan</button>
      </form>
    </main>
  );
}
