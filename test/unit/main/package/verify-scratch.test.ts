import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newIdentity } from '../../../../main/package/age-stream';
import { keyInfo } from '../../../../main/services/keys';
import { exportPackage } from '../../../../main/services/package-export';
import { verifyPackage } from '../../../../main/package/verify-package';
import { MUSKEL_BIN } from '../../../fixtures/cli';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { PASSPHRASE, encryptFile, readyToExport } from '../../../fixtures/package';
import { filesHolding } from '../../../fixtures/vault';

/** Called when the bag is checked: the package has been decrypted and read by then. */
const during = vi.hoisted(() => ({ check: (): void => undefined }));
vi.mock('../../../../main/package/bag-verify', async (original) => {
  const real = await original<typeof import('../../../../main/package/bag-verify')>();
  return {
    ...real,
    verifyBag: (...args: Parameters<typeof real.verifyBag>) => {
      during.check();
      return real.verifyBag(...args);
    },
  };
});

let ctx: TestContext;
let work: string;
let privateTmp: string;

beforeAll(async () => {
  ctx = await tempContext();
  work = mkdtempSync(join(tmpdir(), 'muskel-verify-scratch-'));
  privateTmp = join(work, 'tmp');
  mkdirSync(privateTmp);
}, 60_000);
afterAll(async () => {
  await ctx.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `use` with the temp folder pointed at a private one, so whatever the verifier leaves there is seen. */
async function inPrivateTmp<T>(use: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = privateTmp;
  try {
    return await use();
  } finally {
    process.env.TMPDIR = saved;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the verifier's working copy", () => {
  it('decrypts a small package in memory: nothing reaches the temp folder while it is checked', async () => {
    const { meetingId, dinsos } = await readyToExport(ctx);
    const niks = ctx.db.prepare('SELECT nik FROM members').pluck().all() as string[];
    expect(niks.length).toBeGreaterThan(2);
    const path = (await exportPackage(ctx, { meetingId, outDir: work, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false })).path;
    const seen: { names: string[]; found: string[] }[] = [];
    during.check = () => seen.push({ names: readdirSync(privateTmp), found: filesHolding(privateTmp, niks) });
    const verdict = await inPrivateTmp(() => verifyPackage({ source: path, identities: [dinsos.identity], publicKeys: [keyInfo(ctx)?.publicKey ?? ''] }));
    during.check = () => undefined;
    expect(verdict.ok, JSON.stringify(verdict.problems)).toBe(true);
    expect(niks).toEqual(expect.arrayContaining(verdict.payload?.proposals.map((p) => p.nik) ?? ['tidak ada']));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ names: [], found: [] });
    expect(readdirSync(privateTmp)).toEqual([]);
  });

  it('`muskel verify` of a large package (sealed in a folder named after its pid) killed half-way leaves no NIK behind, and the next verification removes what the dead process left (not what live ones use)', async () => {
    const nik = '3573051705800001';
    // Stored, not deflated, and first: the NIK is in the decrypted zip's plain bytes long before the large photo is.
    const zip = new yazl.ZipFile();
    const bag = 'usulan-3573051004-20261128-01';
    zip.addBuffer(Buffer.from(`{"proposals":[{"nik":"${nik}","name":"Budi Santoso"}]}\n`), `${bag}/data/usulan.json`, { compress: false });
    zip.addBuffer(Buffer.from(`"NO","NIK"\r\n"1","${nik}"\r\n`), `${bag}/data/usulan.csv`, { compress: false });
    zip.addBuffer(randomBytes(96 * 1024 * 1024), `${bag}/data/lampiran/foto-besar.jpg`, { compress: false });
    zip.end();
    const dir = join(work, 'terbunuh');
    mkdirSync(dir);
    const plain = join(dir, `${bag}.zip`);
    await pipeline(zip.outputStream, createWriteStream(plain));
    const dinsos = await newIdentity();
    const sealed = join(dir, `${bag}.zip.age`);
    await encryptFile(plain, sealed, [dinsos.recipient]);
    rmSync(plain);
    const identityFile = join(dir, 'identitas.txt');
    writeFileSync(identityFile, `${dinsos.identity}\n`);

    const child = spawn(process.execPath, [MUSKEL_BIN, 'verify', sealed, '--identity', identityFile], { env: { ...process.env, TMPDIR: privateTmp }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // The child's own tools (tsx's cache) also use the temp folder: only the verifier's folders count.
    const verifierFolders = () => readdirSync(privateTmp).filter((name) => name.startsWith('muskel-verify-'));
    const bytesInTmp = () => verifierFolders().flatMap((d) => readdirSync(join(privateTmp, d)).map((f) => statSync(join(privateTmp, d, f)).size)).reduce((a, b) => a + b, 0);
    // Killed once a few MB are decrypted: past the NIKs, well before the end of the photo.
    for (let waited = 0; bytesInTmp() < 4 * 1024 * 1024 && waited < 60_000; waited += 5) await delay(5);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(filesHolding(privateTmp, [nik])).toEqual([]);
    expect(verifierFolders()).toEqual([expect.stringMatching(new RegExp(`^muskel-verify-${String(child.pid)}-`))]);

    const live = `muskel-verify-${String(process.ppid)}-hidup1`;
    const own = `muskel-verify-${String(process.pid)}-sendiri`;
    for (const name of [live, own]) mkdirSync(join(privateTmp, name));
    const verdict = await inPrivateTmp(() => verifyPackage({ source: join(work, 'tidak-ada.zip.age'), identities: [], publicKeys: [] }));
    expect(verdict.problems.map((p) => p.code)).toEqual(['FILE_MISSING']);
    expect(verifierFolders().sort()).toEqual([live, own].sort());
    for (const name of [live, own]) rmSync(join(privateTmp, name), { recursive: true });
  }, 120_000);
});
