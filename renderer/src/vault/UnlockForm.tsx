import { useState } from 'react';
import { ApiFailure, call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

/** The folder is encrypted: the passphrase opens it, or the recovery code kept with the Lurah. */
export function UnlockForm({ onOpened }: { onOpened: () => void }) {
  const [useCode, setUseCode] = useState(false);
  const [secret, setSecret] = useState('');
  const { busy, failure, act } = useBusyAction();
  return (
    <form
      className="form-card"
      onSubmit={(e) => {
        e.preventDefault();
        void act(async () => {
          try {
            await call('vault.unlock', useCode ? { recoveryCode: secret } : { passphrase: secret });
          } catch (e) {
            // A damaged database turns the gate into the restore screen.
            if (!(e instanceof ApiFailure && e.code === 'DAMAGED')) throw e;
          }
          onOpened();
        });
      }}
    >
      <ErrorBanner message={failure} />
      <div className="field">
        <label htmlFor="vault-secret">{useCode ? 'Kode pemulihan' : 'Frasa sandi folder data'}</label>
        <input
          id="vault-secret"
          type={useCode ? 'text' : 'password'}
          autoComplete={useCode ? 'off' : 'current-password'}
          autoFocus
          className={useCode ? 'mono' : undefined}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="button" className="link" onClick={() => { setUseCode(!useCode); setSecret(''); }}>
          {useCode ? 'Pakai frasa sandi' : 'Lupa frasa sandi? Pakai kode pemulihan'}
        </button>
        <button type="submit" disabled={busy || secret === ''}>{busy ? 'Membuka…' : 'Buka'}</button>
      </div>
    </form>
  );
}
