import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/date';
import type { DinsosOffice } from '../../../shared/office/schema';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { KeyGenerator } from '../setup/KeyGenerator';
import { downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

/**
 * Pengaturan > Kunci of a Dinsos folder. The same key pair serves Dinsos: its age recipient is what every kelurahan
 * encrypts packages to, its minisign key signs Dinsos' answers.
 */
export function DinsosKeysPanel({ office }: { office: DinsosOffice }) {
  const [info, reload] = useLoad(() => call('keys.info', {}), '');
  const [copied, setCopied] = useState(false);
  const copy = useBusyAction();
  const key = info.state === 'ready' ? info.value : null;

  const copyRecipient = (recipient: string) => {
    setCopied(false);
    void copy.act(async () => {
      try {
        await navigator.clipboard.writeText(recipient);
      } catch {
        throw new Error('Kunci tidak dapat disalin otomatis. Pilih teks kuncinya, lalu tekan Ctrl+C.');
      }
      setCopied(true);
    });
  };

  return (
    <section className="form-card keys" aria-label="Kunci">
      <fieldset>
        <legend>Kunci Dinsos</legend>
        {key ? (
          <>
            <div className="recipient-box">
              <h3>Kunci penerima untuk kelurahan</h3>
              <p>
                Berikan kunci ini kepada setiap kelurahan di {office.regency.name}. Kelurahan menyimpannya di Pengaturan &gt; Kunci, sehingga paket
                usulannya dienkripsi dan hanya dapat dibuka oleh Dinsos.
              </p>
              <div className="recipient-line">
                <code className="mono" data-testid="own-recipient">{key.ownRecipient}</code>
                <button type="button" onClick={() => copyRecipient(key.ownRecipient)}>Salin</button>
                <button type="button" className="secondary" onClick={() => downloadFile('kunci-penerima-dinsos.txt', new Blob([`${key.ownRecipient}\n`], { type: 'text/plain' }))}>
                  Unduh (.txt)
                </button>
              </div>
              {copied ? <p className="banner banner-ok" role="status">Kunci penerima disalin. Tempelkan ke pesan atau surat untuk kelurahan.</p> : null}
              <ErrorBanner message={copy.failure} />
            </div>
            <div className="key-box">
              <p>ID kunci Dinsos: <strong className="mono" data-testid="key-id">{key.keyId}</strong> <span className="muted">(dibuat {formatTimestamp(key.createdAt)})</span></p>
              <p className="muted">Tanggapan Dinsos kepada kelurahan ditandatangani dengan kunci ini; kelurahan dapat memeriksanya dengan kunci publik Dinsos.</p>
              <button type="button" className="secondary" onClick={() => downloadFile(`dinsos-${key.keyId}.pub`, new Blob([key.publicKey], { type: 'text/plain' }))}>
                Unduh kunci publik Dinsos (.pub)
              </button>
            </div>
          </>
        ) : (
          <p>
            Belum ada kunci. Buat kunci agar kelurahan dapat mengenkripsi paket usulannya untuk Dinsos. Frasa sandinya diminta setiap kali paket
            ditambahkan di Kotak Masuk.
          </p>
        )}
        <KeyGenerator
          current={key}
          replaceMessage={`Kunci ${key?.keyId ?? ''} akan dipensiunkan dan dicatat di catatan audit. Paket yang dienkripsi untuk kunci penerima lama tidak dapat dibuka dengan kunci baru: berikan kunci penerima yang baru kepada setiap kelurahan.`}
          madeNotice="Simpan frasa sandi baik-baik: tanpa frasa sandi paket dari kelurahan tidak dapat dibuka."
          onGenerated={reload}
        />
      </fieldset>
      <ErrorBanner message={failureOf(info)} />
    </section>
  );
}
