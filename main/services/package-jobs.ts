import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { JobSchema } from '../../shared/api/package-contract';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { EXPORT_STEPS, exportPackage } from './package-export';
import type { ExportRequest } from './package-export';

type Job = z.infer<typeof JobSchema>;

/** Exports run in the background so the UI can show progress; jobs live as long as the process. */
const jobs = new Map<string, Job>();
const aborts = new Map<string, AbortController>();

export function exportFolder(ctx: ServiceContext): string {
  const dir = join(ctx.dataDir, 'kiriman');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function startExport(ctx: ServiceContext, request: Omit<ExportRequest, 'outDir'>): Job {
  const job: Job = { id: randomUUID(), step: 'Memulai', done: 0, total: EXPORT_STEPS, result: null, error: null };
  jobs.set(job.id, job);
  const abort = new AbortController();
  aborts.set(job.id, abort);
  exportPackage(ctx, { ...request, outDir: exportFolder(ctx) }, (step, done, total) => Object.assign(job, { step, done, total }), abort.signal)
    .then((result) => Object.assign(job, { step: 'Selesai', done: job.total, result }))
    .catch((error: unknown) => Object.assign(job, { step: 'Gagal', error: error instanceof AppError ? error.message : `Paket gagal dibuat: ${String(error)}` }))
    .finally(() => aborts.delete(job.id));
  return { ...job };
}

export function jobStatus(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Pekerjaan ekspor tidak ditemukan');
  return { ...job };
}

/** Stops a running export at its next step; the temp files are removed and no package appears. */
export function cancelExport(id: string): Job {
  aborts.get(id)?.abort();
  return jobStatus(id);
}
