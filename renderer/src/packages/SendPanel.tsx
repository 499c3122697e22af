import { useCallback, useState } from 'react';
import { formatTimestamp } from '../../../shared/format/date';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { isRunning, useJobPolling } from '../ui/useJobPolling';
import type { OutputOf } from '../../../shared/api/contract';
import { PasswordField } from '../ui/PasswordField';

type Job = OutputOf<'packages.job'>;
const pollExport = (id: string) => call('packages.job', { id });

/** "Kirim ke Dinsos": sign, zip and encrypt a finished meeting, with a progress bar while it works. */
export function SendPanel({ meetingId, locked, onSent }: { meetingId: number; locked: boolean; onSent: () => void }) {
  const [exports, reload] = useLoad(() => call('packages.list', { meetingId }), String(meetingId));
  const [passphrase, setPassphrase] = useState('');
  const [encrypt, setEncrypt] = useState(true);
  const [understood, setUnderstood] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const { failure, act } = useBusyAction();

  const running = isRunning(job);
  const progressed = useCallback(
    (next: Job) => {
      setJob(next);
      if (next.result) {
        reload();
        onSent();
      }
    },
    [reload, onSent],
  );
  const pollFailure = useJobPolling(job, pollExport, progressed);

  const start = () =>
    act(async () => {
      setJob(await call('packages.start', { meetingId, passphrase, recipients: [], encrypt, acknowledgeUnencrypted: !encrypt && understood }));
      setPassphrase('');
    });
  const cancel = (id: string) =>
    act(async () => {
      setJob(await call('packages.cancel', { id }));
    });

  if (!locked) return <p className="banner banner-info">Paket untuk Dinsos dibuat setelah musyawarah diselesaikan dan terkunci.</p>;
  return (
    <div className="panel send">
      <form className="form-card" onSubmit={(e) => { e.preventDefault(); void start(); }}>
        <fieldset disabled={running}>
          <legend>Kirim ke Dinsos</legend>
          <p className="muted">Paket berisi daftar usulan (JSON, CSV, XLSX), berita acara, daftar hadir dan lampiran; ditandatangani dengan kunci kelurahan dan dienkripsi untuk Dinsos.</p>
          <PasswordField id="send-pass" label="Frasa sandi kunci kelurahan" autoComplete="current-password" value={passphrase} onChange={setPassphrase} />
          <label className="inline-check"><input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> Enkripsi untuk Dinsos (dianjurkan)</label>
          {!encrypt ? (
            <div className="banner banner-warn">
              <p>Tanpa enkripsi, siapa pun yang memegang berkas (misalnya flash disk yang tertinggal) dapat membaca NIK, nama, alamat dan kondisi warga. Ini melanggar perlindungan data pribadi (UU 27/2022) kecuali benar-benar diperlukan. Pilihan ini dicatat di catatan audit.</p>
              <label className="inline-check"><input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> Saya mengerti dan tetap mengekspor tanpa enkripsi</label>
            </div>
          ) : null}
          <div className="actions start">
            <button type="submit" disabled={passphrase === '' || (!encrypt && !understood)}>Buat paket</button>
          </div>
        </fieldset>
      </form>
      {job ? (
        <div className="progress-box" aria-live="polite">
          <progress max={job.total} value={job.done} aria-label="Kemajuan pembuatan paket" />
          <p data-testid="send-step">{job.result || job.cancelled ? job.step : `Langkah ${String(Math.min(job.total, Math.floor(job.done) + 1))} dari ${String(job.total)}: ${job.step}`}</p>
          {running ? (
            <button type="button" className="secondary" onClick={() => void cancel(job.id)}>Batalkan</button>
          ) : null}
          {job.cancelled ? <p className="banner banner-info" role="status">{job.error ?? 'Pembuatan paket dibatalkan.'}</p> : <ErrorBanner message={job.error} />}
          {job.result ? (
            <p className="banner banner-ok" role="status">
              Paket selesai: <span className="mono">{job.result.path}</span><br />SHA-256: <span className="mono">{job.result.sha256}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      <ErrorBanner message={failure ?? pollFailure ?? failureOf(exports)} />
      {exports.state === 'ready' && exports.value.length > 0 ? (
        <table className="data-table" aria-label="Paket terkirim">
          <thead><tr><th>Berkas</th><th>Waktu</th><th>Kunci</th><th>Enkripsi</th><th>SHA-256</th></tr></thead>
          <tbody>
            {exports.value.map((e) => (
              <tr key={e.fileName + e.createdAt}>
                <td className="mono">{e.fileName}</td>
                <td className="nowrap">{formatTimestamp(e.createdAt)}</td>
                <td className="mono">{e.keyId}</td>
                <td>{e.encrypted ? 'Ya' : <strong className="danger-text">TIDAK</strong>}</td>
                <td className="mono small">{e.sha256.slice(0, 16)}…</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
