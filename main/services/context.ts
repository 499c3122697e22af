import type { Db } from '../db/open';
import type { PdfPort } from './pdf-port';

export type DoorMode = 'electron' | 'browser' | 'cli';

/** Who is at the keyboard: chosen when the app opens, written into every audit entry. */
export interface Session {
  operator: string | null;
}

/** What every service gets: the open database, where data lives, the clock (fixed in tests) and the session. */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  mode: DoorMode;
  now: () => Date;
  session: Session;
  pdf: PdfPort;
}
