import { randomUUID } from 'node:crypto';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { internalErrorMessage } from './error-report';

/** What the UI polls: the step under way, how far it is, then the result or the error. */
export interface BackgroundJob<R> {
  id: string;
  step: string;
  done: number;
  total: number;
  result: R | null;
  error: string | null;
  /** The operator cancelled it and it has stopped: with what it got done (result), or with why it stopped (error). */
  cancelled: boolean;
}

export type Report = (step: string, done: number, total: number) => void;

interface Running {
  /** Null for work in the background: nobody can cancel it. */
  abort: AbortController | null;
  settled: Promise<void>;
}

/**
 * Work the operator starts and watches with a progress bar, run in the background; a context owns its jobs and
 * waits for them before the database closes. Refusals (AppError) show as they are; anything else is reported
 * under an error code.
 */
export class BackgroundJobs<R> {
  private readonly jobs = new Map<string, BackgroundJob<R>>();
  private readonly running = new Map<string, Running>();

  constructor(private readonly what: string) {}

  start(ctx: ServiceContext, channel: string, work: (report: Report, signal: AbortSignal) => Promise<R>): BackgroundJob<R> {
    const job: BackgroundJob<R> = { id: randomUUID(), step: 'Memulai', done: 0, total: 1, result: null, error: null, cancelled: false };
    this.jobs.set(job.id, job);
    const abort = new AbortController();
    const settled = work((step, done, total) => Object.assign(job, { step, done, total }), abort.signal)
      .then((result) => {
        Object.assign(job, { step: abort.signal.aborted ? 'Dibatalkan' : 'Selesai', done: job.total, result, cancelled: abort.signal.aborted });
      })
      .catch((error: unknown) => {
        const message = error instanceof AppError ? error.message : internalErrorMessage(ctx.errors.report(error, channel));
        Object.assign(job, { step: abort.signal.aborted ? 'Dibatalkan' : 'Gagal', error: message, cancelled: abort.signal.aborted });
      })
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, { abort, settled });
    return { ...job };
  }

  status(id: string): BackgroundJob<R> {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', `Pekerjaan ${this.what} tidak ditemukan`);
    return { ...job };
  }

  /** Asks a running job to stop; the work decides how far it gets, and its result or error says so. */
  cancel(id: string, step?: string): BackgroundJob<R> {
    const running = this.running.get(id);
    const job = this.jobs.get(id);
    if (running && job) {
      running.abort?.abort();
      if (step) job.step = step;
    }
    return this.status(id);
  }

  runningCount(): number {
    return this.running.size;
  }

  async cancelAll(): Promise<void> {
    for (const r of this.running.values()) r.abort?.abort();
    await this.settleAll();
  }

  /** Resolves once every running job (and work in the background) has ended. */
  async settleAll(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.settled));
  }

  /** Work nobody watches (the daily backup): waited for like a job before the database closes; a failure is logged. */
  inBackground(ctx: ServiceContext, channel: string, work: Promise<unknown>): void {
    const id = randomUUID();
    const settled = work.then(() => undefined, (error: unknown) => void ctx.errors.report(error, channel)).finally(() => this.running.delete(id));
    this.running.set(id, { abort: null, settled });
  }
}
