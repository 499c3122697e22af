import { useState } from 'react';
import type { AnswerImportResult } from '../../../shared/answer/schema';
import { formatCount, formatLongDate } from '../../../shared/format/date';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FileField } from '../ui/FileField';
import { PasswordField } from '../ui/PasswordField';
import { uploadFile } from '../ui/upload-file';
import { useBusyAction } from '../ui/useBusyAction';
import { ReceivedAnswersTable } from './ReceivedAnswersTable';
import { StatusCounts } from './StatusCounts';

/** Tanggapan Dinsos: the answer file from Dinsos opened with the kelurahan's key; each proposal then shows its status. */
export function AnswersPage() {
  const [dinsosKey] = useLoad(() => call('answers.dinsosKey', {}), '');
  const [received, reloadReceived] = useLoad(() => call('answers.received', {}), '');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState<AnswerImportResult | null>(null);
  const { busy, failure, problems, act } = useBusyAction();

  const open = () =>
    act(async () => {
      if (!file) return;
      setResult(null);
      setResult(await call('answers.import', { uploadId: await uploadFile(file), fileName: file.name, passphrase }));
      setPassphrase('');
      reloadReceived();
    });

  return (
    <section className="page answers">
      <div className="page-head">
        <div>
          <h1>Tanggapan Dinsos</h1>
          <p className="muted">
            Dinsos menjawab setiap paket usulan dengan berkas tanggapan (.zip.age). Setelah dibuka, status setiap usulan tampil di daftar usulan musyawarahnya dan
            di riwayat keluarga.
          </p>
        </div>
      </div>
      {dinsosKey.state === 'ready' && dinsosKey.value.keyId === null ? (
        <p className="banner banner-warn">
          Kunci publik Dinsos belum disimpan, sehingga keaslian tanggapan belum dapat diperiksa. Simpan berkas .pub dari Dinsos di{' '}
          <a href={hrefFor({ page: 'settings' })}>Pengaturan &gt; Kunci</a>.
        </p>
      ) : null}
      <form className="form-card" aria-label="Buka tanggapan Dinsos" onSubmit={(e) => { e.preventDefault(); void open(); }}>
        <fieldset disabled={busy}>
          <legend>Buka tanggapan</legend>
          <div className="grid-2">
            <FileField
              id="answer-file"
              label="Berkas tanggapan dari Dinsos (.zip.age)"
              buttonLabel="Pilih berkas…"
              accept=".age"
              note={file ? file.name : 'Nama berkasnya diawali "tanggapan-" dan kode kelurahan.'}
              onChoose={([chosen]) => setFile(chosen ?? null)}
            />
            <PasswordField id="answer-pass" label="Frasa sandi kunci kelurahan" autoComplete="current-password" value={passphrase} onChange={setPassphrase} />
          </div>
          <div className="actions start answer-submit">
            <button type="submit" disabled={!file || passphrase === ''}>{busy ? 'Membuka…' : 'Buka tanggapan'}</button>
          </div>
        </fieldset>
      </form>
      {problems ? (
        <div className="banner banner-error answer-refused" role="alert" data-testid="answer-refused">
          Berkas tanggapan tidak dapat dibuka; tidak ada status usulan yang berubah.
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorBanner message={failure ?? failureOf(dinsosKey)} />
      )}
      {result ? (
        <div className="panel answer-opened" data-testid="answer-opened">
          <p className="banner banner-ok" role="status">
            Tanggapan dibuka: Musyawarah {formatLongDate(result.meetingDate)}, berita acara nomor <span className="mono">{result.letterNumber}</span>, {formatCount(result.proposals)} usulan.
          </p>
          <StatusCounts statuses={result.statuses} label="Status usulan dari Dinsos" />
          <div className="actions start">
            <a className="button" href={hrefFor({ page: 'meeting', id: result.meetingId, tab: 'usulan' })}>Lihat usulan musyawarah</a>
          </div>
        </div>
      ) : null}
      <h2>Tanggapan yang sudah dibuka</h2>
      <ErrorBanner message={failureOf(received)} />
      {received.state === 'ready' ? <ReceivedAnswersTable answers={received.value} /> : <p className="muted">Memuat…</p>}
    </section>
  );
}
