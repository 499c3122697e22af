import { join } from 'node:path';
import { DB_FILE_NAME, openDb } from '../db/open';
import { ChromiumPdf } from '../pdf/chromium-pdf';
import type { DoorMode, ServiceContext } from '../services/context';
import type { PdfPort } from '../services/pdf-port';

export interface ContextOptions {
  pdf?: PdfPort;
  /** The clock every service reads; only tests pass another one. */
  now?: () => Date;
}

export function openContext(dataDir: string, mode: DoorMode, options: ContextOptions = {}): ServiceContext {
  const db = openDb(join(dataDir, DB_FILE_NAME));
  return { db, dataDir, mode, now: options.now ?? (() => new Date()), session: { operator: null }, pdf: options.pdf ?? new ChromiumPdf() };
}
