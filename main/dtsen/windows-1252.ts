/**
 * Bytes 0x80..0x9F of Windows-1252 as the WHATWG Encoding Standard maps them; every other byte is the code point
 * of the same value. Node's own TextDecoder('windows-1252') maps these 32 bytes as Latin-1 since Node 20.18.3
 * and 22.13.0 (nodejs/node#56542: 0x92 becomes U+0092 instead of ’), hence this table.
 */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Buffer, start = 0, end = bytes.length): string {
  return bytes.toString('latin1', start, end).replace(/[\u0080-\u009f]/g, (c) => C1.charAt(c.charCodeAt(0) - 0x80));
}
