import { createHash, pbkdf2, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDigested } from '../../../../main/package/write-digested';

const dir = mkdtempSync(join(tmpdir(), 'muskel-digested-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeDigested', () => {
  it('writes every byte into a new private file and hashes exactly what it wrote', async () => {
    const bytes = randomBytes(3_000_000);
    const target = join(dir, 'paket.zip');
    const written = await writeDigested(Readable.from([bytes.subarray(0, 1_000_000), bytes.subarray(1_000_000)]), target);
    expect(written).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
    expect(readFileSync(target).equals(bytes)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    rmSync(target);
  });

  it('never writes over a file that is already there', async () => {
    const target = join(dir, 'ada.zip');
    writeFileSync(target, 'lama');
    await expect(writeDigested(Readable.from([Buffer.from('baru')]), target)).rejects.toThrow(/EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('lama');
    rmSync(target);
  });

  it('once a cancelled write has settled, removing its file leaves nothing behind, even while the file system is slow', async () => {
    const target = join(dir, '.batal.tmp');
    // A source that fails in its own words when destroyed, as the zip stream can: pipeline then settles
    // without waiting for the file stream, whose open may still be queued behind work on libuv's pool.
    const source = new Readable({ read() {}, destroy: (_error, done) => done(new Error('zip stream closed')) });
    const busy = Promise.all(Array.from({ length: 8 }, () => promisify(pbkdf2)('kunci', 'garam', 200_000, 32, 'sha512')));
    await expect(writeDigested(source, target, { through: new PassThrough(), signal: AbortSignal.abort() })).rejects.toThrow();
    rmSync(target, { force: true }); // at once, as a removal that is not queued behind that work
    await busy;
    await Promise.all(Array.from({ length: 8 }, () => stat(dir)));
    expect(readdirSync(dir)).toEqual([]);
  });
});
