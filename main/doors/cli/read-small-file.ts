import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliFailure } from './cli-command';

/**
 * Reads a key, identity, passphrase or rule file named on the command line: a regular file of at most
 * `maxBytes`. A device (/dev/zero), a pipe or a folder is refused at once instead of being read forever.
 */
export function readSmallFile(path: string, what: string, maxBytes = 1024 * 1024): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliFailure(`Gagal: ${what} ${path} bukan berkas biasa.`, 1);
    if (stat.size > maxBytes) throw new CliFailure(`Gagal: ${what} ${path} terlalu besar (paling besar ${String(Math.round(maxBytes / 1024))} KB).`, 1);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
