import { useState } from 'react';
import type { KeyInfo } from '../../../shared/package/keys-schema';
import { call } from '../api/client';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { PasswordField } from '../ui/PasswordField';
import { useBusyAction } from '../ui/useBusyAction';

interface KeyGeneratorProps {
  current: KeyInfo | null;
  /** The confirmation's text when a key exists: what becomes of the old one and what to hand out anew. */
  replaceMessage: string;
  /** Said once the key is made, after its id. */
  madeNotice: string;
  onGenerated: (key: KeyInfo) => void;
}

/** The passphrase twice and Buat kunci; replacing a key is asked first. */
export function KeyGenerator({ current, replaceMessage, madeNotice, onGenerated }: KeyGeneratorProps) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, act } = useBusyAction();

  const generate = (replace: boolean) => {
    setConfirmReplace(false);
    setNotice(null);
    void act(async () => {
      if (passphrase !== repeat) throw new Error('Kedua frasa sandi tidak sama');
      const key = await call('keys.generate', { passphrase, replace });
      setNotice(`Kunci dibuat. ID kunci: ${key.keyId}. ${madeNotice}`);
      setPassphrase('');
      setRepeat('');
      onGenerated(key);
    });
  };

  return (
    <div className="key-generator">
      <h3>{current ? 'Ganti kunci' : 'Buat kunci'}</h3>
      {current ? <p className="muted">Hanya bila kunci lama hilang, frasa sandinya terlupa, atau diduga bocor.</p> : null}
      <div className="grid-2">
        <PasswordField id="key-pass" label="Frasa sandi (paling sedikit 10 karakter)" autoComplete="new-password" value={passphrase} onChange={setPassphrase} />
        <PasswordField id="key-pass2" label="Ulangi frasa sandi" autoComplete="new-password" value={repeat} onChange={setRepeat} />
      </div>
      <div className="actions start">
        <button type="button" disabled={busy} onClick={() => (current ? setConfirmReplace(true) : generate(false))}>
          {busy ? 'Membuat kunci…' : current ? 'Ganti kunci…' : 'Buat kunci'}
        </button>
      </div>
      <ErrorBanner message={failure} />
      {notice ? <p className="banner banner-ok" role="status">{notice}</p> : null}
      {confirmReplace && current ? (
        <ConfirmDialog
          title="Ganti kunci?"
          message={replaceMessage}
          confirmLabel="Ya, ganti kunci"
          onCancel={() => setConfirmReplace(false)}
          onConfirm={() => generate(true)}
        />
      ) : null}
    </div>
  );
}
