import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { JobSchema } from '../../../shared/package/export-schema';
import { call } from '../api/client';
import { messageOf } from '../ui/message-of';

export type Job = z.infer<typeof JobSchema>;

/**
 * Asks every 300 ms how a running export job is doing, until it has a result or an error. Answers the failure
 * of the last question asked about this job, or null.
 */
export function useJobPolling(job: Job | null, onProgress: (next: Job) => void): string | null {
  const [failed, setFailed] = useState<{ jobId: string; message: string } | null>(null);
  const running = job !== null && job.result === null && job.error === null;
  const jobId = job?.id ?? null;
  useEffect(() => {
    if (!running || jobId === null) return;
    const timer = setInterval(() => {
      call('packages.job', { id: jobId })
        .then(onProgress)
        .catch((e: unknown) => setFailed({ jobId, message: messageOf(e) }));
    }, 300);
    return () => clearInterval(timer);
  }, [running, jobId, onProgress]);
  return failed !== null && failed.jobId === jobId ? failed.message : null;
}
