import '../../main/app/thread-pool';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestFolder } from '../../test/fixtures/context';
import { fillDemo } from '../../main/services/demo';
import { benchExport } from './export-bench';
import { benchImport } from './import-bench';
import { benchInbox } from './inbox-bench';
import { benchMinutes } from './minutes-bench';
import { benchSearch } from './search-bench';
import { benchVault } from './vault-bench';

/** `npm run bench`: builds its own data, runs the app's code and a baseline in the same run, prints ratios. */
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 27_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Set for the import bench's own process (see below). */
const IMPORT_ONLY = 'BENCH_IMPORT_ONLY';

async function benchTheRest(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'muskel-bench-'));
  try {
    const { folder, ctx } = await openTestFolder(dataDir);
    ctx.session.operator = 'Bench';
    const started = Date.now();
    const filled = await fillDemo(ctx, { households: HOUSEHOLDS, seed: 1 });
    console.log(`Data: ${filled.households} keluarga, ${filled.members} anggota (muskel demo, ${Date.now() - started} ms)`);
    console.log('Pencarian (halaman pertama, 100 baris):');
    benchSearch(ctx, ROUNDS);
    console.log('PDF (Chromium yang sama, dalam proses yang sama):');
    await benchMinutes(ctx, ROUNDS);
    await ctx.pdf.close();
    console.log('Folder data terenkripsi:');
    await benchVault(ctx, folder, mkdtempSync(join(tmpdir(), 'muskel-bench-vault-')), ROUNDS);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('Paket untuk Dinsos:');
  await benchExport(Number(process.env.BENCH_PROPOSALS ?? 300), 2, Number(process.env.BENCH_PHOTO_BYTES ?? 500 * 1024), Number(process.env.BENCH_EXPORT_ROUNDS ?? 3));
  // The import runs in a process of its own, as `muskel import` does: its peak RSS is then the import's, not what the
  // benches before it left in V8's heap (garbage from a million rows is collected later in a heap grown that large).
  console.log('Impor data DTSEN:');
  const importing = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env: { ...process.env, [IMPORT_ONLY]: '1' }, stdio: 'inherit' });
  if (importing.status !== 0) throw new Error('the import bench failed');
  console.log('Kotak masuk Dinsos:');
  await benchInbox(mkdtempSync(join(tmpdir(), 'muskel-bench-inbox-')), Number(process.env.BENCH_INBOX_PACKAGES ?? 57), Number(process.env.BENCH_INBOX_PROPOSALS ?? 300), Number(process.env.BENCH_INBOX_PHOTO_BYTES ?? 8 * 1024), ROUNDS, Number(process.env.BENCH_INBOX_ROUNDS ?? 3));
}

if (process.env[IMPORT_ONLY]) await benchImport(mkdtempSync(join(tmpdir(), 'muskel-bench-import-')), Number(process.env.BENCH_IMPORT_PEOPLE ?? 1_000_000));
else await benchTheRest();
