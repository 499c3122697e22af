import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/date';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { DinsosPublicKey } from './DinsosPublicKey';
import { KeyGenerator } from './KeyGenerator';

/** Pengaturan > Kunci: the kelurahan's signing key, Dinsos' age recipient and Dinsos' public key for its answers. */
export function KeysPanel() {
  const [info, reload] = useLoad(() => call('keys.info', {}), '');
  const [recipient, setRecipient] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const recipientSave = useBusyAction();

  const saveRecipient = (source: string | File) => {
    setNotice(null);
    void recipientSave.act(async () => {
      await call('keys.setRecipient', { text: typeof source === 'string' ? source : await source.text() });
      setNotice('Kunci penerima Dinsos disimpan.');
      setRecipient('');
      reload();
    });
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
        <KeyGenerator
          current={key}
          replaceMessage={`Kunci ${key?.keyId ?? ''} akan dipensiunkan dan dicatat di catatan audit. Paket baru ditandatangani dengan kunci baru; kirim kunci publik yang baru ke Dinsos.`}
          madeNotice="Simpan frasa sandi baik-baik: tanpa frasa sandi paket tidak dapat ditandatangani."
          onGenerated={reload}
        />
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
          <button type="button" onClick={() => saveRecipient(recipient)}>Simpan kunci penerima</button>
          <label className="button secondary file-button">
            Pilih berkas…
            <input type="file" hidden onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) saveRecipient(file);
            }} />
          </label>
        </div>
      </fieldset>
      <ErrorBanner message={recipientSave.failure ?? failureOf(info)} />
      {notice ? <p className="banner banner-ok" role="status">{notice}</p> : null}
      <DinsosPublicKey />
    </section>
  );
}
