import { join } from 'node:path';
import { DB_FILE_NAME, openDb } from '../db/open';
import { ChromiumPdf } from '../pdf/chromium-pdf';
import type { DoorMode, ServiceContext } from '../services/context';
import type { PdfPort } from '../services/pdf-port';
import { Uploads } from '../services/uploads';
import { BackgroundJobs } from '../services/background-jobs';
import type { BackupSummary } from '../../shared/backup/schema';
import type { ImportResult } from '../../shared/dtsen/import-result';
import type { InboxAddResult } from '../../shared/inbox/schema';
import type { ExportResult } from '../../shared/package/export-schema';
import { fileErrorLog, stderrErrorLog } from './error-log';

export interface ContextOptions {
  pdf?: PdfPort;
  /** The clock every service reads; only tests pass another one. */
  now?: () => Date;
}

/**
 * The services' context for a data folder whose data key is known (see main/vault/data-folder.ts, the only
 * caller): its encrypted database, error log and a fresh set of export jobs and uploads.
 */
export function openContext(dataDir: string, mode: DoorMode, dataKey: Buffer, options: ContextOptions = {}): ServiceContext {
  const db = openDb(join(dataDir, DB_FILE_NAME), dataKey);
  const now = options.now ?? (() => new Date());
  return {
    db, dataDir, dataKey, mode, now, session: { operator: null }, pdf: options.pdf ?? new ChromiumPdf(), errors: fileErrorLog(dataDir, now), ...workInProgress(),
  };
}

/** A context's own registries of work under way: each closes with its context. */
function workInProgress(): Pick<ServiceContext, 'jobs' | 'backups' | 'imports' | 'inbox' | 'uploads'> {
  return {
    jobs: new BackgroundJobs<ExportResult>('ekspor'),
    backups: new BackgroundJobs<BackupSummary>('pencadangan'),
    imports: new BackgroundJobs<ImportResult>('impor'),
    inbox: new BackgroundJobs<InboxAddResult>('kotak masuk'),
    uploads: new Uploads(),
  };
}

/** For commands that touch no data folder (`muskel nik`): an empty in-memory database, errors to stderr. */
export function memoryContext(mode: DoorMode): ServiceContext {
  return {
    db: openDb(':memory:', null), dataDir: ':memory:', dataKey: Buffer.alloc(32), mode, now: () => new Date(), session: { operator: null }, pdf: new ChromiumPdf(),
    errors: stderrErrorLog(), ...workInProgress(),
  };
}

/** Running exports are cancelled and finish cleaning up, running backups finish, unused uploads are removed, then the PDF browser and the database close. */
export async function closeContext(ctx: ServiceContext): Promise<void> {
  await ctx.jobs.cancelAll();
  await ctx.imports.cancelAll();
  await ctx.inbox.cancelAll();
  await ctx.backups.settleAll();
  await ctx.uploads.discardAll();
  await ctx.pdf.close();
  ctx.db.close();
}
