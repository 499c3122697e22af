import { useState } from 'react';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { BackupTable } from './BackupTable';

type SecretKind = 'passphrase' | 'recoveryCode';

/**
 * Pick a backup (from the folder's cadangan/ or another folder such as a flash disk) and restore it. The
 * services verify it completely first and keep the current data; a backup made with another key asks for its
 * passphrase or recovery code, one of another kelurahan for an explicit confirmation.
 */
export function RestoreChooser({ onRestored, askFirst }: { onRestored: () => void; askFirst: boolean }) {
  const [folderInput, setFolderInput] = useState('');
  const [folder, setFolder] = useState('');
  const [backups] = useLoad(() => call('vault.backups', folder === '' ? {} : { folder }), folder);
  const [picked, setPicked] = useState<string | null>(null);
  const [secretKind, setSecretKind] = useState<SecretKind | null>(null);
  const [secret, setSecret] = useState('');
  const [otherKelurahan, setOtherKelurahan] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, failure, act } = useBusyAction();

  const list = backups.state === 'ready' ? backups.value : [];
  const selected = picked ?? list[0]?.file ?? null;
  const restore = (file: string) =>
    act(
      async () => {
        const withSecret = secretKind && secret !== '' ? (secretKind === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret }) : null;
        await call('vault.restore', { file, secret: withSecret, confirmOtherKelurahan: confirmed });
        onRestored();
      },
      (field, message) => {
        if (field === 'secret') setSecretKind(secretKind ?? 'passphrase');
        else if (field === 'confirmOtherKelurahan') setOtherKelurahan(message);
        else return false;
        return true;
      },
    );

  return (
    <div className="restore-chooser">
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); setPicked(null); setFolder(folderInput.trim()); }}>
        <div className="field grow">
          <label htmlFor="restore-folder">Cari cadangan di folder lain (mis. flash disk), kosongkan untuk folder cadangan Muskel</label>
          <input id="restore-folder" className="mono" placeholder="/media/flashdisk atau E:\" value={folderInput} onChange={(e) => setFolderInput(e.target.value)} />
        </div>
        <button type="submit" className="secondary">Tampilkan</button>
      </form>
      <ErrorBanner message={failureOf(backups)} />
      {backups.state === 'ready' ? <BackupTable backups={list} selected={selected} onSelect={(file) => { setPicked(file); setOtherKelurahan(null); setConfirmed(false); }} /> : null}
      {secretKind ? (
        <div className="field">
          <p className="banner banner-info">Cadangan ini dibuat dengan kunci folder data lain (komputer lain atau folder lama). Masukkan frasa sandi atau kode pemulihan folder data asal cadangan.</p>
          <label htmlFor="restore-secret">{secretKind === 'passphrase' ? 'Frasa sandi folder data asal cadangan' : 'Kode pemulihan folder data asal cadangan'}</label>
          <input id="restore-secret" type={secretKind === 'passphrase' ? 'password' : 'text'} autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
          <button type="button" className="link" onClick={() => { setSecretKind(secretKind === 'passphrase' ? 'recoveryCode' : 'passphrase'); setSecret(''); }}>
            {secretKind === 'passphrase' ? 'Pakai kode pemulihan' : 'Pakai frasa sandi'}
          </button>
        </div>
      ) : null}
      {otherKelurahan ? (
        <div className="banner banner-warn">
          <p>{otherKelurahan}</p>
          <label className="inline-check"><input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Saya yakin memulihkan cadangan kelurahan lain</label>
        </div>
      ) : null}
      <ErrorBanner message={failure} />
      <div className="actions start">
        <button type="button" disabled={busy || selected === null || (otherKelurahan !== null && !confirmed)} onClick={() => (askFirst ? setAsking(true) : selected && void restore(selected))}>
          {busy ? 'Memeriksa dan memulihkan…' : 'Pulihkan cadangan terpilih'}
        </button>
      </div>
      {asking && selected ? (
        <ConfirmDialog
          title="Pulihkan cadangan?"
          message="Cadangan diperiksa utuh lebih dahulu. Data yang sekarang disimpan sebagai cadangan (jenis: Sebelum pemulihan), lalu diganti seluruhnya dengan isi cadangan terpilih."
          confirmLabel="Periksa dan pulihkan"
          onCancel={() => setAsking(false)}
          onConfirm={() => { setAsking(false); void restore(selected); }}
        />
      ) : null}
    </div>
  );
}
