import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeContext } from '../../main/app/open-context';
import { openTestFolder } from '../../test/fixtures/context';
import { newIdentity } from '../../main/package/age-stream';
import { addEvidence, evidenceDir } from '../../main/services/evidence';
import { generateKey, setDinsosRecipient, unlockKey } from '../../main/services/keys';
import { closeMeeting, createMeeting, startMeeting } from '../../main/services/meetings';
import { exportPackage } from '../../main/services/package-export';
import { addProposal, decide } from '../../main/services/proposals';
import { DEMO_SETTINGS, fillDemo } from '../../main/services/demo';
import { benchCiphers } from './cipher-bench';
import { median, ms } from './stats';

const PASSPHRASE = 'frasa sandi bench kelurahan';

function photo(bytes: number): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
}

function timeCommand(command: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${command} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Export of 300 proposals with 600 photos beside sha256sum + sha512sum + zip -0 + age -r on the same files. */
export async function benchExport(proposals: number, photosPerProposal: number, photoBytes: number, rounds: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'muskel-bench-export-'));
  const outDir = join(dataDir, 'keluar');
  mkdirSync(outDir);
  const { ctx: ctx } = await openTestFolder(dataDir);
  ctx.session.operator = 'Bench';
  try {
    await fillDemo(ctx, { households: proposals, seed: 5 });
    const meeting = await createMeeting(ctx, {
      date: '2026-11-27', startTime: '09:00', endTime: '12:00', place: 'Aula', letterNumber: '400.9/998/35.73.05.1004/2026', agenda: 'Bench',
      chairName: DEMO_SETTINGS.lurahName, chairNip: DEMO_SETTINGS.lurahNip, secretaryName: DEMO_SETTINGS.secretaryName, secretaryNip: '',
    });
    startMeeting(ctx, meeting.id);
    const households = ctx.db.prepare('SELECT id FROM households ORDER BY id LIMIT ?').pluck().all(proposals) as number[];
    for (const householdId of households) {
      const p = addProposal(ctx, meeting.id, { householdId, memberId: null, kind: 'USULAN_PROGRAM', programs: ['SEMBAKO'], deactivationReason: null, reason: 'Bench', source: 'RT_RW' });
      for (let i = 0; i < photosPerProposal; i++) addEvidence(ctx, { proposalId: p.id, kind: i === 0 ? 'FOTO_DEPAN' : 'FOTO_DALAM', fileName: `foto-${i}.jpg`, contentBase64: photo(photoBytes).toString('base64') });
      decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
    }
    closeMeeting(ctx, meeting.id, null);
    await generateKey(ctx, PASSPHRASE, false);
    const dinsos = await newIdentity();
    setDinsosRecipient(ctx, dinsos.recipient);

    const unlockStart = process.hrtime.bigint();
    await unlockKey(ctx, PASSPHRASE);
    const unlock = Number(process.hrtime.bigint() - unlockStart) / 1e6;

    // The same files through the native tools: hash both ways, zip stored, encrypt with age.
    const files = readdirSync(evidenceDir(ctx));
    const native = join(dataDir, 'native');
    mkdirSync(native);
    const list = join(native, 'daftar.txt');
    writeFileSync(list, files.map((f) => join(evidenceDir(ctx), f)).join('\n'));
    const runNative = () => {
      rmSync(join(native, 'paket.zip'), { force: true });
      rmSync(join(native, 'paket.zip.age'), { force: true });
      return (
        timeCommand('sh', ['-c', `xargs sha256sum < ${list} > /dev/null`], native) +
        timeCommand('sh', ['-c', `xargs sha512sum < ${list} > /dev/null`], native) +
        timeCommand('sh', ['-c', `zip -q -0 -j paket.zip -@ < ${list}`], native) +
        timeCommand('age', ['-r', dinsos.recipient, '-o', 'paket.zip.age', 'paket.zip'], native)
      );
    };

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const ours: number[] = [];
    const natives: number[] = [];
    let totals = 0;
    let fileName = '';
    // Each round starts with the page cache flushed to disk, so neither side pays for the other's writes.
    for (let round = 0; round < rounds; round++) {
      spawnSync('sync');
      const steps: { step: string; at: number }[] = [];
      const start = process.hrtime.bigint();
      const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
      const result = await exportPackage(ctx, { meetingId: meeting.id, outDir, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }, (step) => steps.push({ step, at: elapsed() }));
      const total = elapsed();
      totals += total;
      fileName = result.fileName;
      ours.push(total - (steps.find((s) => s.step.startsWith('Menghitung'))?.at ?? 0));
      if (process.env.BENCH_STEPS) console.log(steps.map((s) => `${s.step} @${ms(s.at)}`).join('\n'));
      spawnSync('sync');
      natives.push(runNative());
    }
    clearInterval(sampler);
    const packaging = median(ours);
    const nativeMs = median(natives);
    const megabytes = (files.length * photoBytes) / 1048576;
    const list3 = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(' / ');
    console.log(`  ekspor ${proposals} usulan + ${files.length} foto (${megabytes.toFixed(0)} MB), median ${String(rounds)} putaran: total ${ms(totals / rounds)} rata-rata (termasuk PDF), bagian paket (sidik + tanda tangan + zip + age) ${ms(packaging)} [${list3(ours)} s]`);
    console.log(`  alat bawaan (sha256sum + sha512sum + zip -0 + age -r) pada berkas yang sama: ${ms(nativeMs)} [${list3(natives)} s]  |  rasio ${(packaging / nativeMs).toFixed(2)}x  ${packaging / nativeMs <= 2 ? 'OK (<= 2x)' : 'MELEBIHI TARGET 2x'}`);
    await benchCiphers(evidenceDir(ctx), dataDir, dinsos.recipient, nativeMs, rounds);
    console.log(`  memori: puncak ${(peak / 1048576).toFixed(0)} MB, naik ${((peak - baseline) / 1048576).toFixed(0)} MB selama ekspor ${megabytes.toFixed(0)} MB data; membuka kunci (scrypt N=2^17): ${ms(unlock)}; berkas terakhir ${fileName}`);
  } finally {
    await closeContext(ctx);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
