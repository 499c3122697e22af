import { useState } from 'react';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
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
  const { state, osKeyStoreAvailable } = status.value;
  if (state === 'OPEN') return children;
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
