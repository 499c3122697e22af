import type { Db } from '../db/open';

export type DoorMode = 'electron' | 'browser' | 'cli';

/** What every service gets: the open database, where data lives, and the clock (fixed in tests). */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  mode: DoorMode;
  now: () => Date;
}
