import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/date';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { downloadFile } from '../ui/download';
import { messageOf } from '../ui/message-of';

/** Pengaturan > Kunci: the kelurahan's signing key and Dinsos' age recipient. */
export function KeysPanel() {
  const [info, reload] = useLoad(() => call('keys.info', {}), '');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [recipient, setRecipient] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const generate = async (replace: boolean) => {
    setConfirmReplace(false);
    if (passphrase !== repeat) {
      setMessage({ ok: false, text: 'Kedua frasa sandi tidak sama' });
      return;
    }
    setBusy(true);
    try {
      const key = await call('keys.generate', { passphrase, replace });
      setMessage({ ok: true, text: `Kunci dibuat. ID kunci: ${key.keyId}. Simpan frasa sandi baik-baik: tanpa frasa sandi paket tidak dapat ditandatangani.` });
      setPassphrase('');
      setRepeat('');
      reload();
    } catch (e) {
      setMessage({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const saveRecipient = async (text: string) => {
    try {
      await call('keys.setRecipient', { text });
      setMessage({ ok: true, text: 'Kunci penerima Dinsos disimpan.' });
      setRecipient('');
      reload();
    } catch (e) {
      setMessage({ ok: false, text: messageOf(e) });
    }
  };

  const key = info.state === 'ready' ? info.value : null;
  return (
    <section className="form-card keys" aria-label="Kunci">
      <fieldset>
        <legend>Kunci penanda tangan kelurahan</legend>
        {key ? (
          <div className="key-box">
            <p>ID kunci: <strong className="mono" data-testid="key-id">{key.keyId}</strong> <span className="muted">(dibuat {formatTimestamp(key.createdAt)})</span></p>
            <p className="muted">ID ini tercetak pada berita acara agar Dinsos dapat mencocokkannya dengan paket.</p>
            <button type="button" className="secondary" onClick={() => downloadFile(`kelurahan-${key.keyId}.pub`, new Blob([key.publicKey], { type: 'text/plain' }))}>
              Unduh kunci publik (.pub) untuk Dinsos
            </button>
          </div>
        ) : (
          <p>Belum ada kunci. Paket untuk Dinsos ditandatangani dengan kunci ini.</p>
        )}
        <div className="grid-2">
          <div className="field">
            <label htmlFor="key-pass">Frasa sandi (paling sedikit 10 karakter)</label>
            <input id="key-pass" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="key-pass2">Ulangi frasa sandi</label>
            <input id="key-pass2" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </div>
        </div>
        <div className="actions start">
          <button type="button" disabled={busy} onClick={() => (key ? setConfirmReplace(true) : void generate(false))}>
            {busy ? 'Membuat kunci…' : key ? 'Ganti kunci…' : 'Buat kunci'}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Kunci penerima Dinsos (age)</legend>
        {key?.dinsosRecipients.length ? (
          <p>Paket dienkripsi untuk: <span className="mono" data-testid="dinsos-recipient">{key.dinsosRecipients[0]?.recipient}</span></p>
        ) : (
          <p className="muted">Belum ada. Minta kunci publik age (diawali "age1") dari Dinsos.</p>
        )}
        <div className="field">
          <label htmlFor="recipient">Tempel kunci age1… atau pilih berkasnya</label>
          <input id="recipient" className="mono" value={recipient} onChange={(e) => setRecipient(e.target.value)} placeholder="age1..." />
        </div>
        <div className="actions start">
          <button type="button" onClick={() => void saveRecipient(recipient)}>Simpan kunci penerima</button>
          <label className="button secondary file-button">
            Pilih berkas…
            <input type="file" hidden onChange={(e) => void e.target.files?.[0]?.text().then(saveRecipient)} />
          </label>
        </div>
      </fieldset>
      {message ? <p className={`banner ${message.ok ? 'banner-ok' : 'banner-error'}`} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      {confirmReplace && key ? (
        <ConfirmDialog
          title="Ganti kunci penanda tangan?"
          message={`Kunci ${key.keyId} akan dipensiunkan dan dicatat di catatan audit. Paket baru ditandatangani dengan kunci baru; kirim kunci publik yang baru ke Dinsos.`}
          confirmLabel="Ya, ganti kunci"
          onCancel={() => setConfirmReplace(false)}
          onConfirm={() => void generate(true)}
        />
      ) : null}
    </section>
  );
}
