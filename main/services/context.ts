import type { Db } from '../db/open';
import type { ErrorReporter } from './error-report';
import type { BackgroundJobs } from './background-jobs';
import type { BackupSummary } from '../../shared/backup/schema';
import type { ImportResult } from '../../shared/dtsen/import-result';
import type { InboxAddResult } from '../../shared/inbox/schema';
import type { ExportResult } from '../../shared/package/export-schema';
import type { PdfPort } from './pdf-port';
import type { Uploads } from './uploads';

export type DoorMode = 'electron' | 'browser' | 'cli';

/** Who is at the keyboard: chosen when the app opens, written into every audit entry. */
export interface Session {
  operator: string | null;
}

/**
 * What every service gets: the open database, where data lives, the clock (fixed in tests), the session,
 * the PDF printer, where unexpected failures are reported, and the background exports, backups and uploads it owns.
 */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  /** The folder's 256-bit data key: it encrypts the database and the evidence files. */
  dataKey: Buffer;
  mode: DoorMode;
  now: () => Date;
  session: Session;
  pdf: PdfPort;
  errors: ErrorReporter;
  jobs: BackgroundJobs<ExportResult>;
  backups: BackgroundJobs<BackupSummary>;
  imports: BackgroundJobs<ImportResult>;
  /** Dinsos: packages being added to the inbox. */
  inbox: BackgroundJobs<InboxAddResult>;
  uploads: Uploads;
}
