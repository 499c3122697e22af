import { describe, expect, it } from 'vitest';
import { ByteDecoder } from '../../../../main/dtsen/text-decoder';
import type { Decoded } from '../../../../main/dtsen/text-decoder';
import { decodeWindows1252 } from '../../../../main/dtsen/windows-1252';

/** Feeds the bytes cut at `cuts` and joins what comes out. */
function decode(bytes: Buffer, cuts: readonly number[] = []): Decoded & { encoding: string } {
  const decoder = new ByteDecoder();
  const points = [0, ...cuts, bytes.length];
  let text = '';
  for (let i = 1; i < points.length; i++) {
    const result = decoder.decode(bytes.subarray(points[i - 1], points[i]), i === points.length - 1);
    text += result.text;
    if (result.mixed) return { text, mixed: result.mixed, encoding: decoder.encoding };
  }
  return { text, encoding: decoder.encoding };
}

describe('decodeWindows1252', () => {
  it('maps 0x80..0x9F as Windows-1252, not as Latin-1', () => {
    expect(decodeWindows1252(Buffer.from([0x4d, 0x41, 0x92, 0x52, 0x55, 0x46, 0x20, 0x80, 0x20, 0x93, 0x94, 0x96, 0x81]))).toBe('MA’RUF € “”–\u0081');
    expect(decodeWindows1252(Buffer.from([0x41, 0x4e, 0x44, 0x52, 0xc9]))).toBe('ANDRÉ');
  });
});

describe('ByteDecoder', () => {
  it('strips a UTF-8 BOM and reads UTF-8', () => {
    expect(decode(Buffer.from('\ufeffJOSÉ’', 'utf8'))).toEqual({ text: 'JOSÉ’', encoding: 'UTF-8' });
  });

  it('says UTF-8 while only ASCII has been read, and decides at the first non-ASCII byte', () => {
    const ascii = Buffer.from('NIK;NAMA\n'.repeat(1000));
    expect(decode(ascii).encoding).toBe('UTF-8');
    expect(decode(Buffer.concat([ascii, Buffer.from([0x41, 0x92, 0x42])]))).toEqual({ text: `${ascii.toString()}A’B`, encoding: 'WINDOWS-1252' });
    expect(decode(Buffer.concat([ascii, Buffer.from('A’B')]))).toEqual({ text: `${ascii.toString()}A’B`, encoding: 'UTF-8' });
  });

  it('joins UTF-8 sequences cut between chunks, also at the deciding byte', () => {
    const bytes = Buffer.from('AB’CDé😀', 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) expect(decode(bytes, [cut])).toEqual({ text: 'AB’CDé😀', encoding: 'UTF-8' });
  });

  it('stops at a byte that is not UTF-8 in a UTF-8 file, keeping the text before it', () => {
    expect(decode(Buffer.from([...Buffer.from('é;a\nx'), 0xe9, 0x41]))).toEqual({ text: 'é;a\nx', mixed: 'NOT_UTF8', encoding: 'UTF-8' });
    expect(decode(Buffer.from([...Buffer.from('é'), 0xe2, 0x80]))).toEqual({ text: 'é', mixed: 'NOT_UTF8', encoding: 'UTF-8' });
  });

  it('stops at UTF-8 text in a Windows-1252 file rather than garbling it', () => {
    expect(decode(Buffer.from([0xc9, 0x3b, ...Buffer.from('a\nJOSÉ')]))).toEqual({ text: 'É;a\nJOS', mixed: 'UTF8_IN_WINDOWS_1252', encoding: 'WINDOWS-1252' });
  });
});
