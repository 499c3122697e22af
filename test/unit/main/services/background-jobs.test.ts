import { afterAll, describe, expect, it } from 'vitest';
import { closeContext, memoryContext } from '../../../../main/app/open-context';
import { AppError } from '../../../../main/services/app-error';
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
    expect(jobs.status(job.id)).toMatchObject({ result: { finished: 1 }, error: null, cancelled: true });
    // Cancelling what has ended changes nothing.
    expect(jobs.cancel(job.id, 'Membatalkan')).toMatchObject({ step: 'Dibatalkan' });
    expect(() => jobs.cancel('tidak-ada', 'Membatalkan')).toThrow(/Pekerjaan uji tidak ditemukan/);
  });

  it('a job that stops by refusing once cancelled ends cancelled with its refusal; one that fails on its own ends Gagal', async () => {
    const jobs = new BackgroundJobs<number>('uji');
    const refusing = (signal: AbortSignal) =>
      new Promise<number>((_resolve, reject) => signal.addEventListener('abort', () => reject(new AppError('CONFLICT', 'Impor dibatalkan'))));
    const cancelled = jobs.start(ctx, 'uji', (_report, signal) => refusing(signal));
    jobs.cancel(cancelled.id);
    await expect.poll(() => jobs.status(cancelled.id).step).toBe('Dibatalkan');
    expect(jobs.status(cancelled.id)).toMatchObject({ cancelled: true, result: null, error: 'Impor dibatalkan' });

    const failed = jobs.start(ctx, 'uji', () => Promise.reject(new AppError('INVALID_INPUT', 'Berkas rusak')));
    await expect.poll(() => jobs.status(failed.id).step).toBe('Gagal');
    expect(jobs.status(failed.id)).toMatchObject({ cancelled: false, error: 'Berkas rusak' });
  });

  it('work in the background is waited for by settleAll and its failure logged, under the channel given', async () => {
    const jobs = new BackgroundJobs<number>('pencadangan');
    const reported: string[] = [];
    const watched = { ...ctx, errors: { report: (_error: unknown, where: string) => (reported.push(where), 'ABCD1234') } };
    let fail: (error: Error) => void = () => undefined;
    jobs.inBackground(watched, 'cadangan harian', new Promise((_resolve, reject) => (fail = reject)));
    let settled = false;
    const settling = jobs.settleAll().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    fail(new Error('disk'));
    await settling;
    expect(reported).toEqual(['cadangan harian']);
    expect(jobs.runningCount()).toBe(0);
  });
});
