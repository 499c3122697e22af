/** The length (2..4) of the valid UTF-8 sequence at `at`, 0 when the bytes there are not one, -1 when `end` cuts it. */
export function utf8SequenceAt(bytes: Uint8Array, at: number, end = bytes.length): number {
  const lead = bytes[at] ?? 0;
  let length: number;
  // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead === 0xe0) [length, low] = [3, 0xa0];
  else if (lead === 0xed) [length, high] = [3, 0x9f];
  else if (lead >= 0xe1 && lead <= 0xef) length = 3;
  else if (lead === 0xf0) [length, low] = [4, 0x90];
  else if (lead === 0xf4) [length, high] = [4, 0x8f];
  else if (lead >= 0xf1 && lead <= 0xf3) length = 4;
  else return 0;
  for (let k = 1; k < length; k++) {
    if (at + k >= end) return -1;
    const byte = bytes[at + k] ?? 0;
    if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

/** Where a UTF-8 sequence cut off by the end of `bytes` starts; `bytes.length` when none is. */
export function completeLength(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const byte = bytes[bytes.length - k] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0 && utf8SequenceAt(bytes, bytes.length - k) === -1) return bytes.length - k;
    break;
  }
  return bytes.length;
}

/** The index of the first byte of `bytes` (before `end`) that does not belong to valid UTF-8; `end` when all do. */
export function firstInvalidUtf8(bytes: Uint8Array, end = bytes.length): number {
  let at = 0;
  while (at < end) {
    if ((bytes[at] ?? 0) < 0x80) at++;
    else {
      const length = utf8SequenceAt(bytes, at, end);
      if (length <= 0) return at;
      at += length;
    }
  }
  return end;
}

/** The index of the first valid multi-byte UTF-8 sequence in `bytes`; `bytes.length` when there is none. */
export function firstUtf8Sequence(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; at++) {
    if ((bytes[at] ?? 0) >= 0xc2 && utf8SequenceAt(bytes, at) > 0) return at;
  }
  return bytes.length;
}

/** The index of the first byte above 0x7F; `bytes.length` when there is none. */
export function firstNonAscii(bytes: Uint8Array): number {
  const at = bytes.findIndex((byte) => byte >= 0x80);
  return at < 0 ? bytes.length : at;
}
