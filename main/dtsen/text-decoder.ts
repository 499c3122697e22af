import { isAscii, isUtf8 } from 'node:buffer';
import type { TextEncodingName } from './table';
import { completeLength, firstInvalidUtf8, firstNonAscii, firstUtf8Sequence, utf8SequenceAt } from './utf8';
import { decodeWindows1252 } from './windows-1252';

/**
 * What stopped the decoding: a byte that is not UTF-8 in a file read as UTF-8, or UTF-8 text in a file read as
 * Windows-1252. Either way the file mixes two encodings, and reading on would garble names without a word.
 */
export type MixedEncoding = 'NOT_UTF8' | 'UTF8_IN_WINDOWS_1252';

export interface Decoded {
  text: string;
  /** Set when decoding stopped; `text` is everything before the offending byte. */
  mixed?: MixedEncoding;
}

/**
 * Decodes a file chunk by chunk without looking ahead. A UTF-8 BOM means UTF-8. Otherwise the encoding is
 * decided at the first non-ASCII byte (ASCII reads the same in both): a valid UTF-8 sequence there means
 * UTF-8, anything else Windows-1252, as Excel on Indonesian Windows writes "CSV (dipisahkan koma)". From then on
 * the other encoding showing up stops the decoding (see MixedEncoding).
 */
export class ByteDecoder {
  private decided: TextEncodingName | null = null;
  private started = false;
  /** The start of a UTF-8 sequence cut by the chunk's end, kept for the next chunk. */
  private carry: Buffer | null = null;

  /** The encoding decided so far; ASCII alone reads as UTF-8. */
  get encoding(): TextEncodingName {
    return this.decided ?? 'UTF-8';
  }

  decode(chunk: Buffer, final: boolean): Decoded {
    let bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    if (!this.started) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.decided = 'UTF-8';
        bytes = bytes.subarray(3);
      }
    }
    if (this.decided === null) {
      if (isAscii(bytes)) return { text: bytes.toString('latin1') };
      const at = firstNonAscii(bytes);
      const sequence = utf8SequenceAt(bytes, at);
      if (sequence === -1 && !final) {
        this.carry = Buffer.from(bytes.subarray(at));
        return { text: bytes.toString('latin1', 0, at) };
      }
      this.decided = sequence > 0 ? 'UTF-8' : 'WINDOWS-1252';
    }
    return this.decided === 'UTF-8' ? this.utf8(bytes, final) : windows1252(bytes);
  }

  private utf8(bytes: Buffer, final: boolean): Decoded {
    const end = final ? bytes.length : completeLength(bytes);
    if (end < bytes.length) this.carry = Buffer.from(bytes.subarray(end));
    if (isUtf8(bytes.subarray(0, end))) return { text: bytes.toString('utf8', 0, end) };
    this.carry = null;
    return { text: bytes.toString('utf8', 0, firstInvalidUtf8(bytes, end)), mixed: 'NOT_UTF8' };
  }
}

function windows1252(bytes: Buffer): Decoded {
  const utf8 = isAscii(bytes) ? bytes.length : firstUtf8Sequence(bytes);
  const text = decodeWindows1252(bytes, 0, utf8);
  return utf8 < bytes.length ? { text, mixed: 'UTF8_IN_WINDOWS_1252' } : { text };
}
