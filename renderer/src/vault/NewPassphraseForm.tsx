import { useState } from 'react';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { PasswordField } from '../ui/PasswordField';

interface NewPassphraseFormProps {
  /** Offer to keep the key in the operating system's key store (desktop app only). */
  canRemember: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (passphrase: string, remember: boolean) => Promise<void>;
}

/** A new passphrase typed twice, and whether this computer may open the folder by itself. */
export function NewPassphraseForm({ canRemember, submitLabel, busyLabel, onSubmit }: NewPassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [remember, setRemember] = useState(false);
  const { busy, failure, act } = useBusyAction();
  return (
    <form
      className="form-card"
      onSubmit={(e) => {
        e.preventDefault();
        void act(async () => {
          if (passphrase !== repeat) throw new Error('Kedua frasa sandi tidak sama');
          await onSubmit(passphrase, remember);
        });
      }}
    >
      <ErrorBanner message={failure} />
      <div className="grid-2">
        <PasswordField id="vault-pass" label="Frasa sandi folder data (paling sedikit 10 karakter)" autoComplete="new-password" autoFocus value={passphrase} onChange={setPassphrase} />
        <PasswordField id="vault-pass2" label="Ulangi frasa sandi" autoComplete="new-password" value={repeat} onChange={setRepeat} />
      </div>
      {canRemember ? (
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Buka otomatis di komputer ini (kunci disimpan oleh Windows untuk pengguna ini)
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>{busy ? busyLabel : submitLabel}</button>
      </div>
    </form>
  );
}
