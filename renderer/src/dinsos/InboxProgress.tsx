import { formatCount } from '../../../shared/format/date';
import type { InboxJob } from '../../../shared/inbox/schema';
import { isRunning } from '../ui/useJobPolling';
import type { Uploading } from './useInboxAdd';

/** One bar over the whole batch: first the files on their way, then each package verified and imported. */
export function InboxProgress({ uploading, job, count, onCancel }: { uploading: Uploading | null; job: InboxJob | null; count: number; onCancel: () => void }) {
  if (uploading) {
    return (
      <div className="progress-box" aria-live="polite">
        <progress max={Math.max(uploading.total, 1)} value={uploading.sent} aria-label="Kemajuan kotak masuk" />
        <p data-testid="inbox-step">
          Mengunggah berkas {formatCount(uploading.index + 1)} dari {formatCount(uploading.count)}: <span className="mono">{uploading.fileName}</span>
        </p>
      </div>
    );
  }
  if (!job || !isRunning(job)) return null;
  const total = Math.max(job.total, count);
  return (
    <div className="progress-box" aria-live="polite">
      <progress max={Math.max(total, 1)} value={job.done} aria-label="Kemajuan kotak masuk" />
      <div className="actions start">
        <p data-testid="inbox-step">
          {job.step || 'Memulai…'} ({formatCount(job.done)} dari {formatCount(total)} paket selesai)
        </p>
        <span className="spacer" />
        <button type="button" className="secondary" disabled={job.step.startsWith('Membatalkan')} onClick={onCancel}>Batalkan</button>
      </div>
    </div>
  );
}
