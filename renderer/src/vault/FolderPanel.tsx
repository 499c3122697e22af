import { useState } from 'react';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { RecoveryCode } from './RecoveryCode';
import { PasswordField } from '../ui/PasswordField';

/** Pengaturan > Folder data: a new passphrase (with a new recovery code), and opening without one on this PC. */
export function FolderPanel() {
  const [status, reload] = useLoad(() => call('vault.status', {}), '');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const change = useBusyAction();
  const remember = useBusyAction();

  if (code) return <RecoveryCode code={code} onDone={() => setCode(null)} />;
  const value = status.state === 'ready' ? status.value : null;
  return (
    <section className="form-card" aria-label="Folder data">
      <fieldset>
        <legend>Frasa sandi folder data</legend>
        <p className="muted">Mengganti frasa sandi tidak mengenkripsi ulang data; kode pemulihan lama tidak berlaku lagi dan kode baru ditampilkan sekali.</p>
        <ErrorBanner message={change.failure} />
        <div className="grid-3">
          <PasswordField id="folder-current" label="Frasa sandi sekarang" autoComplete="current-password" value={current} onChange={setCurrent} />
          <PasswordField id="folder-next" label="Frasa sandi baru" autoComplete="new-password" value={next} onChange={setNext} />
          <PasswordField id="folder-repeat" label="Ulangi frasa sandi baru" autoComplete="new-password" value={repeat} onChange={setRepeat} />
        </div>
        <div className="actions start">
          <button
            type="button"
            disabled={change.busy}
            onClick={() =>
              void change.act(async () => {
                if (next !== repeat) throw new Error('Kedua frasa sandi baru tidak sama');
                const result = await call('vault.changePassphrase', { current, next });
                setCurrent('');
                setNext('');
                setRepeat('');
                setCode(result.recoveryCode);
              })
            }
          >
            {change.busy ? 'Mengganti…' : 'Ganti frasa sandi'}
          </button>
        </div>
      </fieldset>
      {value?.osKeyStoreAvailable ? (
        <fieldset>
          <legend>Komputer ini</legend>
          <ErrorBanner message={remember.failure} />
          <label className="check">
            <input
              type="checkbox"
              checked={value.rememberedOnThisComputer}
              disabled={remember.busy}
              onChange={(e) => {
                const wanted = e.target.checked;
                void remember.act(async () => {
                  await call('vault.remember', { remember: wanted });
                  reload();
                });
              }}
            />{' '}
            Buka folder data otomatis di komputer ini, tanpa frasa sandi
          </label>
        </fieldset>
      ) : null}
    </section>
  );
}
