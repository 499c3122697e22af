import { randomUUID } from 'node:crypto';
import type { ImportJob } from '../../../shared/dtsen/import-result';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { internalErrorMessage } from '../error-report';
import type { SealedScratch } from '../../package/sealed-scratch';
import { importExtract } from './import-extract';
import type { ImportRequest } from './import-extract';

interface Running {
  job: ImportJob;
  abort: AbortController;
}

/** Imports the operator starts run in the background with a progress bar and Batalkan; a context owns its jobs. */
export class ImportJobs {
  private readonly jobs = new Map<string, Running>();
  private readonly running = new Set<Promise<void>>();

  /**
   * Starts an import of an uploaded file. `withFile` lends the sealed upload: kept after a dry run (the real
   * import follows), used up by the import itself.
   */
  start(ctx: ServiceContext, request: Omit<ImportRequest, 'source' | 'signal' | 'progress'>, withFile: <T>(use: (file: SealedScratch) => Promise<T>) => Promise<T>): ImportJob {
    const job: ImportJob = { id: randomUUID(), step: 'Memulai', done: 0, total: 1, result: null, error: null, cancelled: false };
    const abort = new AbortController();
    this.jobs.set(job.id, { job, abort });
    const progress = (step: string, done: number, total: number) => Object.assign(job, { step, done, total });
    const settled: Promise<void> = withFile((source) => importExtract(ctx, { ...request, source, signal: abort.signal, progress }))
      .then((result) => {
        Object.assign(job, { step: 'Selesai', done: job.total, result });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) Object.assign(job, { step: 'Dibatalkan', cancelled: true });
        else Object.assign(job, { step: 'Gagal', error: error instanceof AppError ? error.message : internalErrorMessage(ctx.errors.report(error, 'dtsen.start')) });
      })
      .finally(() => this.running.delete(settled));
    this.running.add(settled);
    return { ...job };
  }

  status(id: string): ImportJob {
    return { ...this.get(id).job };
  }

  /** Stops reading the file; an import already saving finishes its one transaction (it cannot be half-written). */
  cancel(id: string): ImportJob {
    const running = this.get(id);
    running.abort.abort();
    return { ...running.job };
  }

  async cancelAll(): Promise<void> {
    for (const { abort } of this.jobs.values()) abort.abort();
    await Promise.all([...this.running]);
  }

  private get(id: string): Running {
    const running = this.jobs.get(id);
    if (!running) throw new AppError('NOT_FOUND', 'Pekerjaan impor tidak ditemukan');
    return running;
  }
}
