import { useCallback, useState } from 'react';
import type { BackupJob } from '../../../shared/backup/schema';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { isRunning, useJobPolling } from '../ui/useJobPolling';
import { RestoreChooser } from './RestoreChooser';

const pollBackup = (id: string) => call('backup.status', { id });

/** Pengaturan > Cadangan: a backup now (into Muskel's folder or onto a flash disk) with progress, and restore. */
export function BackupPanel() {
  const [target, setTarget] = useState('');
  const [job, setJob] = useState<BackupJob | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const { failure, act } = useBusyAction();
  const running = isRunning(job);
  const progressed = useCallback((next: BackupJob) => {
    setJob(next);
    if (next.result) setListVersion((v) => v + 1);
  }, []);
  const pollFailure = useJobPolling(job, pollBackup, progressed);
  const start = (folder: string | null) =>
    act(async () => {
      setJob(await call('backup.start', folder === null ? {} : { folder }));
    });

  return (
    <section className="form-card" aria-label="Cadangan">
      <fieldset disabled={running}>
        <legend>Buat cadangan</legend>
        <p className="muted">
          Muskel mencadangkan otomatis setiap hari saat dibuka dan sebelum musyawarah diselesaikan (7 harian, 4 mingguan, cadangan musyawarah 12 bulan). Cadangan terenkripsi dengan kunci folder data dan dapat dipulihkan di komputer lain dengan frasa sandi atau kode pemulihan.
        </p>
        <div className="inline-form">
          <div className="field grow">
            <label htmlFor="backup-target">Cadangkan ke folder (mis. flash disk)</label>
            <input id="backup-target" className="mono" placeholder="/media/flashdisk atau E:\" value={target} onChange={(e) => setTarget(e.target.value)} />
          </div>
          <button type="button" disabled={target.trim() === ''} onClick={() => void start(target.trim())}>Cadangkan ke folder ini</button>
          <button type="button" className="secondary" onClick={() => void start(null)}>Cadangkan sekarang</button>
        </div>
        {job ? (
          <div className="progress-box" aria-live="polite">
            <progress max={job.total} value={job.done} aria-label="Kemajuan pencadangan" />
            <p data-testid="backup-step">{job.step}</p>
            <ErrorBanner message={job.error} />
            {job.result ? <p className="banner banner-ok" role="status">Cadangan selesai: <span className="mono">{job.result.file}</span></p> : null}
          </div>
        ) : null}
      </fieldset>
      <ErrorBanner message={failure ?? pollFailure} />
      <fieldset>
        <legend>Pulihkan dari cadangan</legend>
        <RestoreChooser key={listVersion} askFirst onRestored={() => window.location.reload()} />
      </fieldset>
    </section>
  );
}
