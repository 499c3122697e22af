import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SealedScratch } from '../../../../main/package/sealed-scratch';

const dir = mkdtempSync(join(tmpdir(), 'muskel-sealed-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(file: SealedScratch): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of file.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}

const openFiles = () => readdirSync('/proc/self/fd').length;

describe('SealedScratch', () => {
  it.runIf(existsSync('/proc/self/fd'))('lets two readers run at once on one file handle, each reading every byte, and closes it on dispose', async () => {
    const bytes = randomBytes(200_000);
    const file = new SealedScratch(join(dir, 'unggahan.tersegel'));
    file.append(bytes);
    file.endAppending();
    const before = openFiles();

    const [first, second] = await Promise.all([readAll(file), readAll(file)]);
    expect(first.equals(bytes)).toBe(true);
    expect(second.equals(bytes)).toBe(true);
    expect(openFiles()).toBe(before + 1);
    await file.dispose();
    expect(openFiles()).toBe(before);
  });
});
