import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { closeContext } from '../../main/app/open-context';
import { writeBackup } from '../../main/backup/write-backup';
import { DB_FILE_NAME, openDb, useKey } from '../../main/db/open';
import type { ServiceContext } from '../../main/services/context';
import { search } from '../../main/services/households';
import { Random } from '../../main/demo/random';
import { DataFolder } from '../../main/vault/data-folder';
import { TEST_DB_PASSPHRASE } from '../../test/fixtures/context';
import { measure, median, ms } from './stats';

function timed(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The same data without encryption: a copy of the encrypted file, rekeyed to no key. */
function plaintextCopy(ctx: ServiceContext, target: string): void {
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(join(ctx.dataDir, DB_FILE_NAME), target);
  const db = new Database(target);
  useKey(db, ctx.dataKey);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
}

function queries(ctx: ServiceContext): string[] {
  const random = new Random(7);
  const people = ctx.db.prepare('SELECT nik, name FROM members ORDER BY random() LIMIT 300').all() as { nik: string; name: string }[];
  return Array.from({ length: 90 }, (_, i) => {
    const person = random.pick(people);
    if (i % 3 === 0) return person.nik.slice(0, random.int(8, 16));
    if (i % 3 === 1) return (person.name.split(' ')[0] ?? '').toLowerCase().slice(0, 4);
    return `RT ${random.int(1, 12)} RW ${random.int(1, 9)}`;
  });
}

/**
 * The encrypted data folder against the same data in plain SQLite: opening it (with the real scrypt cost and
 * the start-up quick check), search p95 through the app's own search, and a backup against `sqlite3 .backup`.
 */
export async function benchVault(ctx: ServiceContext, folder: DataFolder, workDir: string, rounds: number): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const plainFile = join(workDir, 'polos.sqlite');
  plaintextCopy(ctx, plainFile);
  const plainDb = openDb(plainFile, null);
  const asked = queries(ctx);
  const encrypted = measure(asked, rounds, (q) => search(ctx, { query: q, offset: 0, limit: 100 }));
  const plain = measure(asked, rounds, (q) => search({ ...ctx, db: plainDb }, { query: q, offset: 0, limit: 100 }));
  const searchRatio = encrypted.p95 / plain.p95;
  console.log(`  pencarian p95 terenkripsi ${ms(encrypted.p95)} | tanpa enkripsi ${ms(plain.p95)} | rasio ${searchRatio.toFixed(2)}x ${searchRatio <= 1.3 ? 'OK (<= 1,3x)' : 'MELEBIHI TARGET 1,3x'}`);

  const backupDir = join(workDir, 'cadangan');
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    rmSync(backupDir, { recursive: true, force: true });
    ours.push(await timedAsync(() => writeBackup(ctx, backupDir, 'MANUAL')));
    const target = join(workDir, 'sqlite3-backup.sqlite');
    rmSync(target, { force: true });
    theirs.push(timed(() => execFileSync('sqlite3', [plainFile, `.backup '${target}'`])));
  }
  const backupRatio = median(ours) / median(theirs);
  console.log(`  cadangan terenkripsi (Muskel) ${ms(median(ours))} | sqlite3 .backup tanpa enkripsi ${ms(median(theirs))} | rasio ${backupRatio.toFixed(2)}x ${backupRatio <= 1.5 ? 'OK (<= 1,5x)' : 'MELEBIHI TARGET 1,5x'}`);

  const plainOpen = median(Array.from({ length: rounds }, () => timed(() => {
    const db = openDb(plainFile, null);
    db.pragma('quick_check');
    db.close();
  })));
  plainDb.close();
  await closeContext(ctx);
  await folder.close();
  const opens: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const again = new DataFolder(folder.dataDir, 'cli');
    opens.push(await timedAsync(() => again.unlock({ passphrase: TEST_DB_PASSPHRASE })));
    await again.close();
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(`  membuka folder terenkripsi (scrypt N=2^17 + quick_check; cadangan harian hanya pada pembukaan pertama): pertama ${ms(opens[0] ?? 0)}, median ${ms(median(opens.slice(1)))} | SQLite polos + quick_check ${ms(plainOpen)}`);
}
