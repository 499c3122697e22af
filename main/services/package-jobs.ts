import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ensureDir } from '../app/ensure-dir';
import type { Job } from '../../shared/package/export-schema';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { internalErrorMessage } from './error-report';
import { EXPORT_STEPS, exportPackage } from './package-export';
import type { ExportRequest } from './package-export';

interface Running {
  abort: AbortController;
  settled: Promise<void>;
}

/** Exports run in the background so the UI can show progress; a context owns its jobs for its lifetime. */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Map<string, Running>();

  start(ctx: ServiceContext, request: Omit<ExportRequest, 'outDir'>): Job {
    const job: Job = { id: randomUUID(), step: 'Memulai', done: 0, total: EXPORT_STEPS, result: null, error: null };
    this.jobs.set(job.id, job);
    const abort = new AbortController();
    const settled = exportPackage(ctx, { ...request, outDir: exportFolder(ctx) }, (step, done, total) => Object.assign(job, { step, done, total }), abort.signal)
      .then((result) => {
        Object.assign(job, { step: 'Selesai', done: job.total, result });
      })
      .catch((error: unknown) => {
        const message = error instanceof AppError ? error.message : internalErrorMessage(ctx.errors.report(error, 'packages.start'));
        Object.assign(job, { step: 'Gagal', error: message });
      })
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, { abort, settled });
    return { ...job };
  }

  status(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'Pekerjaan ekspor tidak ditemukan');
    return { ...job };
  }

  /** Stops a running export at its next step; the temp files are removed and no package appears. */
  cancel(id: string): Job {
    this.running.get(id)?.abort.abort();
    return this.status(id);
  }

  runningCount(): number {
    return this.running.size;
  }

  /** Cancels every running export and resolves once each has cleaned up: only then may the database close. */
  async cancelAll(): Promise<void> {
    const running = [...this.running.values()];
    for (const r of running) r.abort.abort();
    await Promise.all(running.map((r) => r.settled));
  }
}

export function exportFolder(ctx: ServiceContext): string {
  const dir = join(ctx.dataDir, 'kiriman');
  ensureDir(dir);
  return dir;
}
