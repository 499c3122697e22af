import { useEffect, useState } from 'react';
import { messageOf } from './message-of';

/** What every background job (an export, a backup, an import) reports. */
export interface PolledJob {
  id: string;
  result: unknown;
  error: string | null;
  cancelled: boolean;
}

/** Neither finished, failed nor cancelled. */
export function isRunning(job: PolledJob | null): boolean {
  return job !== null && job.result === null && job.error === null && !job.cancelled;
}

/**
 * Asks every 300 ms how a running job is doing, until it has a result or an error or was cancelled. Answers the
 * failure of the last question asked about this job, or null.
 */
export function useJobPolling<J extends PolledJob>(job: J | null, poll: (id: string) => Promise<J>, onProgress: (next: J) => void): string | null {
  const [failed, setFailed] = useState<{ jobId: string; message: string } | null>(null);
  const running = isRunning(job);
  const jobId = job?.id ?? null;
  useEffect(() => {
    if (!running || jobId === null) return;
    const timer = setInterval(() => {
      poll(jobId)
        .then(onProgress)
        .catch((e: unknown) => setFailed({ jobId, message: messageOf(e) }));
    }, 300);
    return () => clearInterval(timer);
  }, [running, jobId, poll, onProgress]);
  return failed !== null && failed.jobId === jobId ? failed.message : null;
}
