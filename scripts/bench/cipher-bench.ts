import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ageEncryptStream, nativeSeal, sodiumSeal, type Seal } from '../../main/package/age-encrypt';
import type { BagInfo } from '../../main/package/bagit';
import { streamBagZip } from '../../main/package/bag-zip';
import { writeDigested } from '../../main/package/write-digested';
import { median, ms } from './stats';

const INFO: BagInfo = {
  sourceOrganization: 'Bench', contactName: 'Bench', baggingDate: '2026-11-28', externalIdentifier: 'bench',
  softwareAgent: 'bench', signerKeyId: '0000000000000000', description: 'bench', auditHead: `0:${'0'.repeat(64)}`,
};

/**
 * The packing stream alone (hash, zip, age, disk) over the same photos, once with Node's native
 * ChaCha20-Poly1305 and once with libsodium's WebAssembly build, which the desktop app uses because
 * Electron's BoringSSL lacks the cipher. The ratio against the native tools shows what an office PC running Electron gets.
 */
export async function benchCiphers(photoDir: string, workDir: string, recipient: string, nativeMs: number, rounds: number): Promise<void> {
  mkdirSync(join(workDir, 'tas'), { recursive: true });
  const photos = readdirSync(photoDir).map((file) => ({ path: `lampiran/${file}.jpg`, read: () => readFile(join(photoDir, file)) }));
  const run = async (seal: Seal) => {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const target = join(workDir, 'tas', 'paket.zip.age');
      rmSync(target, { force: true });
      spawnSync('sync');
      const start = process.hrtime.bigint();
      const bag = streamBagZip(photos, 'bag', INFO, () => 'bench\n');
      await Promise.all([writeDigested(bag.output, target, { through: await ageEncryptStream([recipient], seal) }), bag.done]);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  };
  const node = await run(nativeSeal);
  const electron = await run(await sodiumSeal());
  console.log(`  tahap paket saja, sandi Node (OpenSSL): ${ms(node)} (rasio ${(node / nativeMs).toFixed(2)}x); sandi libsodium (WebAssembly) seperti di Electron: ${ms(electron)} (rasio ${(electron / nativeMs).toFixed(2)}x ${electron / nativeMs <= 2 ? 'OK (<= 2x)' : 'MELEBIHI TARGET 2x'})`);
  rmSync(join(workDir, 'tas'), { recursive: true, force: true });
}
