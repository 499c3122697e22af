import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
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

/** Files written together, as one step: each to its temp name and flushed (several at a time), then all renamed, then the folder flushed once. */
export async function writeFilesAtomic(files: readonly { target: string; content: Buffer }[]): Promise<void> {
  const AT_ONCE = 32;
  const temps = files.map((f) => ({ ...f, temp: tempPathFor(f.target) }));
  try {
    for (let i = 0; i < temps.length; i += AT_ONCE) {
      // Settled whole before a failure is thrown: no write may still be under way when the temp files are removed.
      const batch = await Promise.allSettled(
        temps.slice(i, i + AT_ONCE).map(async ({ temp, content }) => {
          const handle = await open(temp, 'wx', 0o600);
          try {
            await handle.writeFile(content);
            await handle.sync();
          } finally {
            await handle.close();
          }
        }),
      );
      const failed = batch.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    for (const { temp, target } of temps) renameSync(temp, target);
    const folders = new Set(temps.map((t) => dirname(t.target)));
    for (const folder of folders) syncFolder(folder);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
