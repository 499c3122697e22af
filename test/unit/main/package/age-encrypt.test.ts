import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Decrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageEncryptStream, nativeSeal, sodiumSeal, type Seal } from '../../../../main/package/age-encrypt';
import { newIdentity } from '../../../../main/package/age-stream';

const dir = mkdtempSync(join(tmpdir(), 'muskel-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let dinsos: { identity: string; recipient: string };
let office: { identity: string; recipient: string };
let identityFile: string;
beforeAll(async () => {
  dinsos = await newIdentity();
  office = await newIdentity();
  identityFile = join(dir, 'dinsos.txt');
  writeFileSync(identityFile, `${dinsos.identity}\n`);
});

/** Feeds `plain` in uneven pieces, as a file or zip stream would arrive. */
async function encrypt(plain: Buffer, seal: Seal): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < plain.length; at += 7001) pieces.push(plain.subarray(at, at + 7001));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(pieces).pipe(await ageEncryptStream([dinsos.recipient, office.recipient], seal))) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

function ageToolDecrypt(encrypted: Buffer): { status: number | null; plain: Buffer } {
  const run = spawnSync('age', ['-d', '-i', identityFile], { input: encrypted, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, plain: run.stdout };
}

// Chunk boundaries: empty, one byte, one short of a chunk, exactly one and two chunks (the last must carry the flag), just over.
const SIZES = [0, 1, 65_535, 65_536, 65_537, 131_072, 300_000];

describe('age encryption stream', () => {
  for (const [name, loadSeal] of [['Node', () => Promise.resolve(nativeSeal)], ['libsodium', sodiumSeal]] as const) {
    it(`decrypts with the age tool and with age-encryption at every chunk boundary (${name} cipher)`, async () => {
      const seal = await loadSeal();
      for (const size of SIZES) {
        const plain = randomBytes(size);
        const encrypted = await encrypt(plain, seal);
        const tool = ageToolDecrypt(encrypted);
        expect({ size, status: tool.status }).toEqual({ size, status: 0 });
        expect(tool.plain.equals(plain)).toBe(true);
        const decrypter = new Decrypter();
        decrypter.addIdentity(office.identity);
        expect(Buffer.from(await decrypter.decrypt(encrypted)).equals(plain)).toBe(true);
      }
    });
  }

  it('seals identically through Node and through libsodium', async () => {
    const key = randomBytes(32);
    const nonce = Buffer.from('000000000000000000000501', 'hex');
    const plain = randomBytes(65_536);
    const sodium = await sodiumSeal();
    expect(Buffer.concat(nativeSeal(key, nonce, plain)).equals(Buffer.concat(sodium(key, nonce, plain)))).toBe(true);
  });

  it('is refused by the age tool when the last chunk is cut off or a byte is changed', async () => {
    const encrypted = await encrypt(randomBytes(131_072), nativeSeal);
    const truncated = encrypted.subarray(0, encrypted.length - (65_536 + 16));
    expect(ageToolDecrypt(truncated).status).not.toBe(0);
    const flipped = Buffer.from(encrypted);
    flipped[flipped.length - 100] = (flipped[flipped.length - 100] ?? 0) ^ 1;
    expect(ageToolDecrypt(flipped).status).not.toBe(0);
  });

  it('uses a fresh file key and nonce for every file', async () => {
    const plain = Buffer.from('isi yang sama');
    const [a, b] = [await encrypt(plain, nativeSeal), await encrypt(plain, nativeSeal)];
    expect(a.equals(b)).toBe(false);
    expect(execFileSync('age', ['-d', '-i', identityFile], { input: b }).toString()).toBe('isi yang sama');
  });
});
