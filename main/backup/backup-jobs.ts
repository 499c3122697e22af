import { randomUUID } from 'node:crypto';
import type { BackupJob } from '../../shared/backup/schema';
import { AppError } from '../services/app-error';
import type { ServiceContext } from '../services/context';
import { internalErrorMessage } from '../services/error-report';
import { backupDirOf } from './backup-folder';
import { writeBackup } from './write-backup';

/** Backups the operator starts run in the background so the UI can show progress; a context owns its jobs. */
export class BackupJobs {
  private readonly jobs = new Map<string, BackupJob>();
  private readonly running = new Set<Promise<void>>();

  /** Into `folder` (a flash disk) when given, else the data folder's cadangan/. */
  start(ctx: ServiceContext, folder: string | undefined): BackupJob {
    const job: BackupJob = { id: randomUUID(), step: 'Memulai', done: 0, total: 1, result: null, error: null };
    this.jobs.set(job.id, job);
    const settled: Promise<void> = writeBackup(ctx, folder ?? backupDirOf(ctx.dataDir), 'MANUAL', (step, done, total) => Object.assign(job, { step, done, total }))
      .then((result) => {
        Object.assign(job, { step: 'Selesai', done: job.total, result });
      })
      .catch((error: unknown) => {
        const message = error instanceof AppError ? error.message : backupFailure(ctx, error, folder);
        Object.assign(job, { step: 'Gagal', error: message });
      })
      .finally(() => this.running.delete(settled));
    this.running.add(settled);
    return { ...job };
  }

  /** An automatic backup that must not hold up its caller: closing the context still waits for it; a failure is logged. */
  inBackground(ctx: ServiceContext, work: Promise<unknown>, what: string): void {
    const settled: Promise<void> = work
      .then(() => undefined, (error: unknown) => void ctx.errors.report(error, what))
      .finally(() => this.running.delete(settled));
    this.running.add(settled);
  }

  status(id: string): BackupJob {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'Pekerjaan pencadangan tidak ditemukan');
    return { ...job };
  }

  /** Resolves once every running backup has finished: only then may the database close. */
  async settleAll(): Promise<void> {
    await Promise.all([...this.running]);
  }
}

function backupFailure(ctx: ServiceContext, error: unknown, folder: string | undefined): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (folder && ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS'].includes(code)) return `Folder ${folder} tidak ada, bukan folder, atau tidak dapat ditulisi. Cadangan tidak dibuat.`;
  if (code === 'ENOSPC') return 'Ruang penyimpanan penuh. Cadangan tidak dibuat; kosongkan ruang atau pilih folder lain.';
  return internalErrorMessage(ctx.errors.report(error, 'backup.start'));
}
