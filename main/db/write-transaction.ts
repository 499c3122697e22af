import type { Db } from './open';

/**
 * Runs `work` as one write transaction that takes the write lock at BEGIN (IMMEDIATE). A deferred transaction
 * that reads first and writes later cannot wait for another process's lock in WAL mode and fails at once;
 * an immediate one waits up to the busy timeout, so two writers (the app and a CLI command) queue instead.
 * Nested calls become savepoints of the outer transaction.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
