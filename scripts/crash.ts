import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeContext } from '../main/app/open-context';
import { openTestFolder } from '../test/fixtures/context';
import { exportPackage } from '../main/services/package-export';
import { killRun } from '../test/fixtures/crash/kill-run';
import { CLOSED_MEETING, CRASH_PASSPHRASE, prepareCrashFolder } from '../test/fixtures/crash/prepare';
import { fuzzVerifier } from '../test/fixtures/crash/verifier-fuzz';

/**
 * `npm run crash`: the crash and verifier tests of `npm test` at scale. Two writers and exports are killed
 * with SIGKILL (CRASH_WRITE_ROUNDS x 2 + CRASH_EXPORT_KILLS kills), then CRASH_MUTATIONS mutated packages
 * are verified. Prints a summary; exits 1 on any lost write, damaged folder, failed write, crash, hang or leak.
 */
const WRITE_ROUNDS = Number(process.env.CRASH_WRITE_ROUNDS ?? 230);
const EXPORT_KILLS = Number(process.env.CRASH_EXPORT_KILLS ?? 45);
const MUTATIONS = Number(process.env.CRASH_MUTATIONS ?? 1200);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1000);

const dir = mkdtempSync(join(tmpdir(), 'muskel-crash-'));
let failed = false;
try {
  const started = Date.now();
  const prepared = await prepareCrashFolder(dir);
  console.log(`Uji tabrakan (seed ${String(SEED)}): ${String(WRITE_ROUNDS)} putaran dua penulis, ${String(EXPORT_KILLS)} ekspor dibunuh`);
  const kills = await killRun(dir, prepared, {
    writeRounds: WRITE_ROUNDS, exportKills: EXPORT_KILLS, seed: SEED,
    onRound: (n) => {
      if (n % 25 === 0) console.log(`  putaran ${String(n)} selesai`);
    },
  });
  console.log(`  ${String(kills.kills)} kill -9, ${String(kills.acknowledged)} penulisan diakui, ${String(kills.exports)} paket selesai sebelum dibunuh`);
  console.log(`  masalah folder data: ${String(kills.problems.length)}, penulisan gagal: ${String(kills.failures.length)} (${String(Math.round((Date.now() - started) / 1000))} s)`);
  for (const p of [...kills.problems, ...kills.failures].slice(0, 20)) console.log(`    ${p}`);
  failed ||= kills.problems.length > 0 || kills.failures.length > 0;

  const { ctx: ctx } = await openTestFolder(dir);
  ctx.session.operator = 'Uji tabrakan';
  const work = join(dir, 'pemeriksa');
  const genuinePackage = await exportPackage(ctx, { meetingId: CLOSED_MEETING, outDir: dir, passphrase: CRASH_PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
  await closeContext(ctx);
  const fuzzStarted = Date.now();
  mkdirSync(work);
  const verifier = await fuzzVerifier({ path: genuinePackage.path, identity: prepared.identity, recipient: prepared.recipient, publicKey: prepared.publicKey }, work, { count: MUTATIONS, seed: SEED });
  console.log(`Pemeriksa paket: ${String(verifier.mutations)} paket diubah, ${String(verifier.refused)} ditolak, ${String(verifier.acceptedUnchanged)} diterima dengan isi tetap (urutan entri lain)`);
  console.log(`  diterima padahal isinya berubah: ${String(verifier.wrongAccepts.length)}, crash: ${String(verifier.crashes.length)}, macet: ${String(verifier.hangs.length)}, berkas tertinggal: ${String(verifier.leaks.length)} (${String(Math.round((Date.now() - fuzzStarted) / 1000))} s)`);
  for (const p of [...verifier.wrongAccepts, ...verifier.crashes, ...verifier.hangs, ...verifier.leaks].slice(0, 20)) console.log(`    ${p}`);
  failed ||= verifier.wrongAccepts.length + verifier.crashes.length + verifier.hangs.length + verifier.leaks.length > 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed ? 'GAGAL' : 'LULUS');
process.exitCode = failed ? 1 : 0;
