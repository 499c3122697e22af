import { afterAll, describe, expect, it } from 'vitest';
import { closeContext, memoryContext } from '../../../../main/app/open-context';
import { BackgroundJobs } from '../../../../main/services/background-jobs';

const ctx = memoryContext('cli');
afterAll(() => closeContext(ctx));

describe('background jobs', () => {
  it('cancel asks the running work to stop, shows the step meanwhile, and keeps what the work returned', async () => {
    const jobs = new BackgroundJobs<{ finished: number }>('uji');
    let release: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (release = resolve));
    const job = jobs.start(ctx, 'uji', async (report, signal) => {
      report('Bekerja', 1, 3);
      signal.addEventListener('abort', () => release());
      await stopped;
      return { finished: 1 };
    });
    expect(jobs.cancel(job.id, 'Membatalkan')).toMatchObject({ step: 'Membatalkan', result: null });
    await expect.poll(() => jobs.status(job.id).step).toBe('Dibatalkan');
    expect(jobs.status(job.id)).toMatchObject({ result: { finished: 1 }, error: null });
    // Cancelling what has ended changes nothing.
    expect(jobs.cancel(job.id, 'Membatalkan')).toMatchObject({ step: 'Dibatalkan' });
    expect(() => jobs.cancel('tidak-ada', 'Membatalkan')).toThrow(/Pekerjaan uji tidak ditemukan/);
  });
});
