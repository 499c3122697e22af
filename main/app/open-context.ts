import { join } from 'node:path';
import { DB_FILE_NAME, openDb } from '../db/open';
import type { DoorMode, ServiceContext } from '../services/context';

export function openContext(dataDir: string, mode: DoorMode): ServiceContext {
  const db = openDb(join(dataDir, DB_FILE_NAME));
  return { db, dataDir, mode, now: () => new Date(), session: { operator: null } };
}
