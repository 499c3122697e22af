import { useState } from 'react';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { RestoreChooser } from '../backup/RestoreChooser';
import { ErrorBanner } from '../ui/ErrorBanner';
import { NewPassphraseForm } from './NewPassphraseForm';
import { RecoveryCode } from './RecoveryCode';
import { UnlockForm } from './UnlockForm';

/**
 * Nothing of the app is reachable until the data folder is open: a new folder gets its passphrase (and shows
 * the recovery code once), an encrypted one asks for the passphrase or the code, an old plaintext one is
 * encrypted on the operator's explicit choice.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const [status, reload] = useLoad(() => call('vault.status', {}), '');
  const [code, setCode] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  if (status.state === 'loading') return <p className="page muted">Memuat…</p>;
  if (status.state === 'failed') return <ErrorBanner page message={status.message} />;
  if (code) {
    return (
      <main className="setup">
        <h1>Folder data sudah dienkripsi</h1>
        <RecoveryCode code={code} onDone={() => { setCode(null); reload(); }} />
      </main>
    );
  }
  const { state, osKeyStoreAvailable, problem } = status.value;
  if (state === 'OPEN') return children;
  if (state === 'DAMAGED' || restoring) {
    return (
      <main className="setup wide">
        <h1>{state === 'DAMAGED' ? 'Pulihkan data dari cadangan' : 'Pulihkan dari cadangan'}</h1>
        {problem ? <p className="banner banner-error" role="alert">{problem}</p> : null}
        <p className="lead">
          {state === 'DAMAGED'
            ? 'Cadangan terbaru sudah dipilih. Muskel memeriksa cadangan itu utuh sebelum memulihkannya; berkas yang rusak disimpan di folder cadangan, tidak dihapus.'
            : 'Pilih cadangan dari flash disk atau folder lain. Cadangan dari komputer lain dibuka dengan frasa sandi atau kode pemulihan folder data asalnya.'}
        </p>
        <RestoreChooser askFirst={false} onRestored={() => { setRestoring(false); reload(); }} />
        {state !== 'DAMAGED' ? <button type="button" className="link" onClick={() => setRestoring(false)}>Kembali</button> : null}
      </main>
    );
  }
  if (state === 'LOCKED') {
    return (
      <main className="setup">
        <h1>Buka folder data Muskel</h1>
        <p className="lead">Data keluarga di komputer ini dienkripsi. Masukkan frasa sandi folder data untuk membukanya.</p>
        <UnlockForm onOpened={reload} />
      </main>
    );
  }
  const old = state === 'PLAINTEXT';
  return (
    <main className="setup">
      <h1>{old ? 'Enkripsi data yang sudah ada' : 'Lindungi data warga'}</h1>
      <p className="lead">
        {old
          ? 'Folder data ini dibuat oleh versi Muskel sebelumnya dan belum dienkripsi: siapa pun yang menyalin folder ini dapat membaca NIK dan data keluarga. Buat frasa sandi untuk mengenkripsinya sekarang; data tetap utuh dan setiap langkah tercatat.'
          : 'Muskel menyimpan NIK, No. KK dan data keluarga dalam keadaan terenkripsi (UU 27/2022). Buat frasa sandi folder data; frasa ini ditanyakan setiap kali Muskel dibuka.'}
      </p>
      {state === 'NEW' ? (
        <p>
          <button type="button" className="link" onClick={() => setRestoring(true)}>Komputer baru? Pulihkan dari cadangan</button>
        </p>
      ) : null}
      <NewPassphraseForm
        canRemember={osKeyStoreAvailable}
        submitLabel={old ? 'Enkripsi sekarang' : 'Buat folder data'}
        busyLabel="Mengenkripsi…"
        onSubmit={async (passphrase, remember) => {
          const result = await call(old ? 'vault.encryptExisting' : 'vault.setup', { passphrase, remember });
          setCode(result.recoveryCode);
        }}
      />
    </main>
  );
}
