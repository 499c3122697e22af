/**
 * The backup file's layout: the magic line, every file's bytes one after another, `cadangan.json` (which
 * names each file's offset, size and SHA-256), then a fixed 32-byte trailer giving the manifest's length:
 *
 *   MUSKEL-CADANGAN-1\n | file bytes ... | manifest JSON | \n<12-digit length>\nMUSKEL-CADANGAN-1\n
 *
 * A zip would do, but every zip library for Node computes CRC-32 in JavaScript, which alone made a backup
 * several times slower than `sqlite3 .backup`; the contents are already encrypted and carry SHA-256 digests.
 * `tail -c 32` and the manifest before it describe any backup without Muskel.
 */
export const MAGIC = Buffer.from('MUSKEL-CADANGAN-1\n');
export const TRAILER_BYTES = 32;
export const BACKUP_EXTENSION = '.muskel-cadangan';

export function trailer(manifestLength: number): Buffer {
  return Buffer.from(`\n${String(manifestLength).padStart(12, '0')}\n${MAGIC.toString('latin1')}`, 'latin1');
}

/** The manifest's length from a trailer, or null when the bytes are not one. */
export function parseTrailer(bytes: Buffer): number | null {
  const text = bytes.toString('latin1');
  const match = /^\n(\d{12})\nMUSKEL-CADANGAN-1\n$/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
