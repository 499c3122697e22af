import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, statSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyInfo, unlockKey } from '../../../../main/services/keys';
import { exportPackage } from '../../../../main/services/package-export';
import { newIdentity } from '../../../../main/package/age-stream';
import { generateKeyPair, sign } from '../../../../main/package/minisign';
import type { KeyPair } from '../../../../main/package/minisign';
import { verifyPackage } from '../../../../main/package/verify-package';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { PASSPHRASE, encryptFile, readyToExport, reseal, unzipTo, zipFolder } from '../../../fixtures/package';
import type { ExtraEntry } from '../../../fixtures/package';

const BAG = 'usulan-3573051004-20261128-01';
let ctx: TestContext;
let work: string;
let plainZip: string;
let pub: string;
let realKey: KeyPair;
let dinsosIdentity: string;
let oxum: string;

beforeAll(async () => {
  ctx = await tempContext();
  const ready = await readyToExport(ctx);
  dinsosIdentity = ready.dinsos.identity;
  work = mkdtempSync(join(tmpdir(), 'muskel-hostile-'));
  const result = await exportPackage(ctx, { meetingId: ready.meetingId, outDir: work, passphrase: PASSPHRASE, recipients: [], encrypt: false, acknowledgeUnencrypted: true });
  plainZip = result.path;
  pub = keyInfo(ctx)?.publicKey ?? '';
  realKey = await unlockKey(ctx, PASSPHRASE);
  unzipTo(plainZip, join(work, 'asli'));
  oxum = /Payload-Oxum: (\S+)/.exec(readFileSync(join(work, 'asli', BAG, 'bag-info.txt'), 'utf8'))?.[1] ?? '';
}, 120_000);
afterAll(async () => {
  await ctx.cleanup();
  rmSync(work, { recursive: true, force: true });
});

let counter = 0;
/** A fresh copy of the genuine bag to tamper with; returns its folder and where to zip it. */
function copyBag(): { dir: string; bag: string; zip: string } {
  counter++;
  const dir = join(work, `kasus-${counter}`);
  unzipTo(plainZip, dir);
  return { dir, bag: join(dir, BAG), zip: join(work, `kasus-${counter}`, `${BAG}.zip`) };
}

async function check(path: string, options: { identities?: string[]; publicKeys?: string[] } = {}) {
  const verdict = await verifyPackage({ source: path, identities: options.identities ?? [], publicKeys: options.publicKeys ?? [pub] });
  expect(verdict.ok).toBe(false);
  return verdict.problems;
}

/** yazl refuses to write hostile names, so they are written with a same-length stand-in and patched in the bytes. */
async function zipWith(extra: readonly ExtraEntry[], patch?: [string, string]): Promise<string> {
  const { bag, zip } = copyBag();
  await zipFolder(bag, BAG, zip, extra);
  if (patch) writeFileSync(zip, Buffer.from(readFileSync(zip).toString('latin1').replaceAll(patch[0], patch[1]), 'latin1'));
  return zip;
}

describe('verify refuses hostile packages, each with its own message', () => {
  it('accepts the genuine package (the baseline the cases below break)', async () => {
    const verdict = await verifyPackage({ source: plainZip, identities: [], publicKeys: [pub] });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
  });

  it('1. zip slip with ../ writes nothing outside', async () => {
    const problems = await check(await zipWith([{ name: `${BAG}/aa/aa/aa/muskel-slip.txt`, content: Buffer.from('x') }], ['aa/aa/aa/', '../../../']));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ZIP_SLIP', message: expect.stringContaining('mencoba keluar dari folder tujuan') }));
    expect(existsSync(join(tmpdir(), 'muskel-slip.txt'))).toBe(false);
  });

  it('2. an absolute path', async () => {
    const problems = await check(await zipWith([{ name: 'Xtmp/muskel-absolute.txt', content: Buffer.from('x') }], ['Xtmp/muskel-absolute', '/tmp/muskel-absolute']));
    expect(problems.map((p) => p.code)).toContain('ZIP_ABSOLUTE_PATH');
    expect(existsSync('/tmp/muskel-absolute.txt')).toBe(false);
  });

  it('3. a symlink entry', async () => {
    const problems = await check(await zipWith([{ name: `${BAG}/data/link`, content: Buffer.from('/etc/passwd'), mode: 0o120777 }]));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ZIP_SYMLINK', message: expect.stringContaining('tautan simbolik') }));
  });

  it('4. duplicate names', async () => {
    const problems = await check(await zipWith([{ name: `${BAG}/data/usulan.json`, content: Buffer.from('{}') }]));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ZIP_DUPLICATE', message: expect.stringContaining('muncul lebih dari sekali') }));
  });

  it('5. a zip bomb (50 MB of zeros in a few kilobytes)', async () => {
    const problems = await check(await zipWith([{ name: `${BAG}/data/bom.bin`, content: Buffer.alloc(50 * 1024 * 1024) }]));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ZIP_BOMB', message: expect.stringContaining('bom zip') }));
    expect(deflateRawSync(Buffer.alloc(1024)).length).toBeLessThan(100);
  });

  it('6. a truncated zip', async () => {
    const cut = join(work, `${BAG}-potong.zip`);
    copyFileSync(plainZip, cut);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    const problems = await check(cut);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ZIP_CORRUPT', message: expect.stringContaining('rusak atau terpotong') }));
  });

  it('7. garbage instead of a zip', async () => {
    const junk = join(work, 'sampah.zip');
    writeFileSync(junk, Buffer.from('bukan zip sama sekali'.repeat(100)));
    expect((await check(junk)).map((p) => p.code)).toContain('ZIP_CORRUPT');
  });

  it('8. the wrong age identity', async () => {
    const encrypted = join(work, `${BAG}-wrong.zip.age`);
    await encryptFile(plainZip, encrypted, [(await newIdentity()).recipient]);
    const problems = await check(encrypted, { identities: [dinsosIdentity] });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'AGE_DECRYPT', message: expect.stringContaining('tidak dapat didekripsi') }));
  });

  it('9. an encrypted package without an identity', async () => {
    const encrypted = join(work, `${BAG}-noid.zip.age`);
    await encryptFile(plainZip, encrypted, [(await newIdentity()).recipient]);
    expect((await check(encrypted)).map((p) => p.code)).toEqual(['AGE_NO_IDENTITY']);
  });

  it('10. garbage instead of a signature', async () => {
    const { bag, zip } = copyBag();
    writeFileSync(join(bag, 'tagmanifest-sha512.txt.minisig'), 'untrusted comment: x\nQUJD\ntrusted comment: y\nQUJD\n');
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'SIGNATURE_INVALID', message: expect.stringContaining('Tanda tangan tidak sah') }));
  });

  it('11. a signature from another key', async () => {
    const { bag, zip } = copyBag();
    const other = generateKeyPair();
    writeFileSync(join(bag, 'tagmanifest-sha512.txt.minisig'), sign(other, readFileSync(join(bag, 'tagmanifest-sha512.txt')), `${BAG} Payload-Oxum=${oxum}`));
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'SIGNATURE_WRONG_KEY', message: expect.stringContaining('bukan kunci') }));
  });

  it('12. a file added to data/', async () => {
    const { bag, zip } = copyBag();
    writeFileSync(join(bag, 'data', 'tambahan.txt'), 'disisipkan');
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_EXTRA_FILE', message: expect.stringContaining('data/tambahan.txt') }));
  });

  it('13. a file removed from data/', async () => {
    const { bag, zip } = copyBag();
    unlinkSync(join(bag, 'data', 'daftar-hadir.pdf'));
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_MISSING_FILE', message: expect.stringContaining('data/daftar-hadir.pdf') }));
  });

  it('14. a file changed in data/', async () => {
    const { bag, zip } = copyBag();
    const json = join(bag, 'data', 'usulan.json');
    writeFileSync(json, readFileSync(json, 'utf8').replace('"DITOLAK"', '"DISETUJUI"'));
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_BAD_DIGEST', message: expect.stringContaining('berkas data/usulan.json') }));
  });

  it('15. a changed tag file (bag-info.txt)', async () => {
    const { bag, zip } = copyBag();
    appendFileSync(join(bag, 'bag-info.txt'), 'Catatan: disunting\n');
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_BAD_DIGEST', message: expect.stringContaining('bag-info.txt') }));
  });

  it('16. a wrong Payload-Oxum, even with manifests recomputed and signed by the real key', async () => {
    const { bag, zip } = copyBag();
    const info = join(bag, 'bag-info.txt');
    writeFileSync(info, readFileSync(info, 'utf8').replace(/Payload-Oxum: \S+/, 'Payload-Oxum: 1.1'));
    await reseal(bag, BAG, realKey, '1.1');
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_OXUM', message: expect.stringContaining('Payload-Oxum tertulis 1.1') }));
  });

  it('17. unreadable JSON', async () => {
    const { bag, zip } = copyBag();
    writeFileSync(join(bag, 'data', 'usulan.json'), '{"schemaVersion": 1, "proposals": [');
    await reseal(bag, BAG, realKey, oxum);
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'PAYLOAD_JSON_UNREADABLE', message: expect.stringContaining('bukan JSON yang dapat dibaca') }));
  });

  it('18. JSON and CSV that disagree', async () => {
    const { bag, zip } = copyBag();
    const csv = join(bag, 'data', 'usulan.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('"Wahyuni Lestari"', '"Wahyuni Palsu"'));
    await reseal(bag, BAG, realKey, oxum);
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'PAYLOAD_CSV_MISMATCH', message: expect.stringContaining('kolom NAMA') }));
  });

  it('19. two folders at the top level', async () => {
    const problems = await check(await zipWith([{ name: 'folder-lain/berkas.txt', content: Buffer.from('x') }]));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'BAG_TOP_FOLDER', message: expect.stringContaining('tepat satu folder') }));
  });

  it('20. no public key given, and a malformed one', async () => {
    expect((await check(plainZip, { publicKeys: [] })).map((p) => p.code)).toEqual(['SIGNATURE_NO_KEY']);
    expect((await check(plainZip, { publicKeys: ['untrusted comment: x\nbukan-kunci\n'] })).map((p) => p.code)).toContain('PUBKEY_INVALID');
  });

  it('21. an unsigned extra file at the bag root, even one named like a tag manifest', async () => {
    for (const name of ['tagmanifest-catatan.txt', 'catatan.txt']) {
      const { bag, zip } = copyBag();
      writeFileSync(join(bag, name), 'disisipkan');
      await zipFolder(bag, BAG, zip);
      expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_EXTRA_ROOT_FILE', message: expect.stringContaining(`Berkas ${name} di akar paket`) }));
    }
  });

  it('22. bytes appended after the four lines of the signature', async () => {
    const { bag, zip } = copyBag();
    appendFileSync(join(bag, 'tagmanifest-sha512.txt.minisig'), 'baris kelima yang tidak ditandatangani\n');
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'SIGNATURE_INVALID', message: expect.stringContaining('tambahan setelah empat baris') }));
  });

  it('23. the unsigned tagmanifest-sha256.txt reworded (same digests, lines reordered)', async () => {
    const { bag, zip } = copyBag();
    const file = join(bag, 'tagmanifest-sha256.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8').trim().split('\n').reverse().join('\n')}\n`);
    await zipFolder(bag, BAG, zip);
    expect(await check(zip)).toContainEqual(expect.objectContaining({ code: 'BAG_TAGMANIFEST_ALTERED', message: expect.stringContaining('tagmanifest-sha256.txt telah diubah') }));
  });
});
