import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { MAGIC, decryptBytes, decryptStream, encryptBytes, encryptStream } from '../../../../main/vault/file-cipher';

const key = randomBytes(32);
const CHUNK = 64 * 1024;
const streamed = (transform: NodeJS.ReadWriteStream, input: Buffer) => buffer(Readable.from([input.subarray(0, 1000), input.subarray(1000)]).pipe(transform));

describe('data folder file encryption', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17])('round-trips %i bytes at every chunk boundary, streamed and whole alike', async (size) => {
    const plain = randomBytes(size);
    const sealed = encryptBytes(key, plain);
    expect(sealed.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    expect(sealed.length).toBe(MAGIC.length + 16 + size + 16 * Math.max(1, Math.ceil(size / CHUNK)));
    if (size >= 64) expect(sealed.includes(plain.subarray(0, 64))).toBe(false);
    expect(decryptBytes(key, sealed).equals(plain)).toBe(true);
    const viaStream = await streamed(encryptStream(key), plain);
    expect(viaStream.length).toBe(sealed.length);
    expect((await streamed(decryptStream(key), viaStream)).equals(plain)).toBe(true);
    expect(decryptBytes(key, viaStream).equals(plain)).toBe(true);
  });

  it('refuses a flipped bit, a dropped or reordered chunk, a cut-off end, another key and a foreign file', async () => {
    const sealed = encryptBytes(key, randomBytes(3 * CHUNK));
    const head = MAGIC.length + 16;
    const wire = CHUNK + 16;
    const flipped = Buffer.from(sealed);
    flipped.writeUInt8(flipped.readUInt8(head + 100) ^ 1, head + 100);
    const part = (i: number) => sealed.subarray(head + i * wire, head + (i + 1) * wire);
    const swapped = Buffer.concat([sealed.subarray(0, head), part(1), part(0), sealed.subarray(head + 2 * wire)]);
    const dropped = Buffer.concat([sealed.subarray(0, head), sealed.subarray(head + wire)]);
    const cut = sealed.subarray(0, head + 2 * wire);
    for (const bad of [flipped, swapped, dropped, cut]) {
      expect(() => decryptBytes(key, bad)).toThrow(/rusak|terpotong/);
      await expect(streamed(decryptStream(key), bad)).rejects.toThrow(/rusak|terpotong/);
    }
    expect(() => decryptBytes(randomBytes(32), sealed)).toThrow(/kunci lain/);
    expect(() => decryptBytes(key, Buffer.from('bukan berkas terenkripsi sama sekali'))).toThrow(/bukan berkas terenkripsi/);
  });
});
