import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../../../main/app/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files written together', () => {
  it('all land under their names, private to the user, with no temp file left', async () => {
    const files = Array.from({ length: 70 }, (_, i) => ({ target: join(dir, `berkas-${String(i)}`), content: Buffer.from(`isi ${String(i)}`) }));
    await writeFilesAtomic(files);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.target.split('/').pop()).sort());
    expect(readFileSync(join(dir, 'berkas-69'), 'utf8')).toBe('isi 69');
    expect(statSync(join(dir, 'berkas-0')).mode & 0o777).toBe(0o600);
  });

  it('leave nothing behind, not even the ones that could be written, when one cannot', async () => {
    const files = [
      ...Array.from({ length: 40 }, (_, i) => ({ target: join(dir, `berkas-${String(i)}`), content: Buffer.from('isi') })),
      { target: join(dir, 'tidak-ada', 'berkas'), content: Buffer.from('isi') },
    ];
    await expect(writeFilesAtomic(files)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
