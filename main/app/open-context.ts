import { join } from 'node:path';
import { DB_FILE_NAME, openDb } from '../db/open';
import { ChromiumPdf } from '../pdf/chromium-pdf';
import type { DoorMode, ServiceContext } from '../services/context';
import type { PdfPort } from '../services/pdf-port';

export function openContext(dataDir: string, mode: DoorMode, pdf: PdfPort = new ChromiumPdf()): ServiceContext {
  const db = openDb(join(dataDir, DB_FILE_NAME));
  return { db, dataDir, mode, now: () => new Date(), session: { operator: null }, pdf };
}
