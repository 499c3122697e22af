import { useCallback, useState } from 'react';
import type { InboxJob } from '../../../shared/inbox/schema';
import { call } from '../api/client';
import { uploadFile } from '../ui/upload-file';
import { useBusyAction } from '../ui/useBusyAction';
import { isRunning, useJobPolling } from '../ui/useJobPolling';

/** Bytes sent so far over all chosen files, and which file is on its way. */
export interface Uploading {
  index: number;
  count: number;
  fileName: string;
  sent: number;
  total: number;
}

export interface InboxAdd {
  uploading: Uploading | null;
  job: InboxJob | null;
  /** Files in the batch: the job counts them only once it has opened Dinsos' key. */
  count: number;
  /** Uploading, starting or running. */
  busy: boolean;
  failure: string | null;
  start: (files: readonly File[], passphrase: string, replace: boolean) => Promise<boolean>;
  /** Batalkan: the packages under way finish whole, the rest are not opened. */
  cancel: () => void;
}

const pollInbox = (id: string) => call('inbox.job', { id });

/**
 * Adding packages: every file is sent in pieces, then one background job verifies and imports them all. The files
 * are sent anew on every attempt, since a job uses its uploads up even when it fails (a wrong passphrase).
 */
export function useInboxAdd(onFinished: () => void): InboxAdd {
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [job, setJob] = useState<InboxJob | null>(null);
  const [count, setCount] = useState(0);
  const { busy, failure, act } = useBusyAction();
  const progressed = useCallback(
    (next: InboxJob) => {
      setJob(next);
      if (next.result) onFinished();
    },
    [onFinished],
  );
  const pollFailure = useJobPolling(job, pollInbox, progressed);

  const start = (files: readonly File[], passphrase: string, replace: boolean) =>
    act(async () => {
      setJob(null);
      setCount(files.length);
      const total = files.reduce((sum, f) => sum + f.size, 0);
      const uploads: { uploadId: string; fileName: string }[] = [];
      let before = 0;
      try {
        for (const [index, file] of files.entries()) {
          const at = { index, count: files.length, fileName: file.name, total };
          setUploading({ ...at, sent: before });
          const uploadId = await uploadFile(file, (sent) => setUploading({ ...at, sent: before + sent }));
          uploads.push({ uploadId, fileName: file.name });
          before += file.size;
        }
      } finally {
        setUploading(null);
      }
      progressed(await call('inbox.start', { uploads, passphrase, replace }));
    });

  const cancel = () => {
    if (job) void call('inbox.cancel', { id: job.id }).then(setJob);
  };

  return { uploading, job, count, busy: busy || isRunning(job), failure: failure ?? pollFailure, start, cancel };
}
