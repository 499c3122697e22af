import { useEffect, useRef } from 'react';
import type { ImportJob } from '../../../shared/dtsen/import-result';
import { ErrorBanner } from '../ui/ErrorBanner';
import { isRunning } from '../ui/useJobPolling';

function Progress({ job, dryRun, onCancel }: { job: ImportJob; dryRun: boolean; onCancel: () => void }) {
  if (job.cancelled) return <p className="banner banner-info" role="status">{dryRun ? 'Pemeriksaan' : 'Impor'} dibatalkan; tidak ada yang disimpan.</p>;
  if (job.error !== null) return <ErrorBanner message={job.error} />;
  if (!isRunning(job)) return null;
  const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  return (
    <div className="progress-box">
      <progress max={job.total} value={job.done} aria-label={dryRun ? 'Kemajuan pemeriksaan' : 'Kemajuan impor'} />
      <div className="actions start">
        <p data-testid="dtsen-step">{job.step}{job.total > 1 ? ` (${percent}%)` : '…'}</p>
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onCancel}>Batalkan</button>
      </div>
    </div>
  );
}

/** The running import or check: its step, a progress bar and Batalkan; afterwards, how it ended if not with a result. */
export function ImportProgress({ job, dryRun, onCancel }: { job: ImportJob; dryRun: boolean; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [job.id]);
  return (
    <div ref={box} aria-live="polite">
      <Progress job={job} dryRun={dryRun} onCancel={onCancel} />
    </div>
  );
}
