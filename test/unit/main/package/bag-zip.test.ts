import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { BagInfo } from '../../../../main/package/bagit';
import { type PayloadFile, streamBagZip } from '../../../../main/package/bag-zip';
import { verifyBag } from '../../../../main/package/bag-verify';
import { writeDigested } from '../../../../main/package/write-digested';
import { withZipBag } from '../../../../main/package/zip-read';

const root = mkdtempSync(join(tmpdir(), 'muskel-bagzip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const INFO: BagInfo = {
  sourceOrganization: 'Kelurahan Dinoyo', contactName: 'Sekretaris', baggingDate: '2026-11-28', externalIdentifier: 'MK-1',
  softwareAgent: 'Muskel test', signerKeyId: '0123456789ABCDEF', description: 'Uji', auditHead: `0:${'0'.repeat(64)}`,
};

function bagWithPhotos(photos: number): PayloadFile[] {
  const files: PayloadFile[] = [{ path: 'usulan.json', read: () => Promise.resolve(Buffer.from('{"schemaVersion":1}\n')) }];
  for (let i = 0; i < photos; i++) {
    const bytes = randomBytes(200_000);
    files.push({ path: `lampiran/foto-${String(i)}.jpg`, read: () => Promise.resolve(bytes) });
  }
  return files;
}

describe('bag streamed into a zip', () => {
  it('hashes on the way: the unzipped bag is complete, its manifests match sha256sum, the signature is added last', async () => {
    const signed: string[] = [];
    const bag = streamBagZip(bagWithPhotos(5), 'lengkap', INFO, (tagmanifest, oxum) => {
      signed.push(oxum);
      return `tanda tangan atas ${String(tagmanifest.length)} byte\n`;
    });
    const zip = join(root, 'lengkap.zip');
    await Promise.all([writeDigested(bag.output, zip), bag.done]);
    expect(signed).toEqual([`${String(20 + 5 * 200_000)}.6`]);
    const out = join(root, 'lengkap-out');
    mkdirSync(out);
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const unzipped = join(out, 'lengkap');
    expect(await withZipBag({ path: zip }, async (z) => (z.bag ? (await verifyBag(z.bag)).problems : z.problems))).toEqual([]);
    expect(readFileSync(join(unzipped, 'tagmanifest-sha512.txt.minisig'), 'utf8')).toMatch(/^tanda tangan atas \d+ byte/);
    execFileSync('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: unzipped });
  });

  it('a file that cannot be read fails the zip and the filler with the same error, and nothing is left unhandled', async () => {
    const files = [...bagWithPhotos(3), { path: 'lampiran/foto-9.jpg', read: () => readFile(join(root, 'tidak-ada.jpg')) }];
    const bag = streamBagZip(files, 'rusak', INFO, () => 'tidak sampai\n');
    const [written, filled] = await Promise.allSettled([writeDigested(bag.output, join(root, 'rusak.zip')), bag.done]);
    expect(written).toMatchObject({ status: 'rejected', reason: { code: 'ENOENT' } });
    expect(filled).toMatchObject({ status: 'rejected', reason: { code: 'ENOENT' } });
  });

  it('cancelled mid-stream: the writer and the zip filler both stop, neither hangs', async () => {
    const abort = new AbortController();
    let seen = 0;
    const cancelAfterFirstChunk = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        abort.abort();
        done(null, chunk);
      },
    });
    const bag = streamBagZip(bagWithPhotos(20), 'batal', INFO, () => 'tidak sampai\n');
    const [written, filled] = await Promise.allSettled([writeDigested(bag.output, join(root, 'batal.zip'), { through: cancelAfterFirstChunk, signal: abort.signal }), bag.done]);
    expect(written.status).toBe('rejected');
    expect(filled.status).toBe('rejected');
    expect(seen).toBeLessThan(20 * 200_000);
  });
});
