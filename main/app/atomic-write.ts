import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from './temp-files';

/** Flushes a folder's entry list, so a rename inside it survives a power cut (a no-op where folders cannot be opened). */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open folders; NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes beside the target under a temp name, flushes it to disk and renames it: a reader, or the data folder
 * after a crash, sees the old file or the whole new one, never half of it. The file is private to the OS user.
 */
export function writeFileAtomic(target: string, content: Buffer | string): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    syncFolder(dirname(target));
  } finally {
    rmSync(temp, { force: true });
  }
}
