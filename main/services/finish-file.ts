import { existsSync } from 'node:fs';
import { link, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppError } from './app-error';

/** Gives the finished file its name without ever replacing a file of that name (hard link where the disk has them). */
export async function claim(partial: string, finalPath: string): Promise<void> {
  try {
    await link(partial, finalPath);
    return;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    if (code === 'EEXIST') throw new AppError('CONFLICT', `Berkas ${basename(finalPath)} sudah ada di ${dirname(finalPath)}; berkas tidak ditimpa.`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  // FAT flash disks have no hard links: check, then rename.
  if (existsSync(finalPath)) throw new AppError('CONFLICT', `Berkas ${basename(finalPath)} sudah ada di ${dirname(finalPath)}; berkas tidak ditimpa.`);
  await rename(partial, finalPath);
}

/**
 * Waits for both the writer and the zip filler. When the writer fails (cancel, full disk) the filler only
 * learns that the zip closed, so the writer's error is the one to report.
 */
export async function bothSettled<A, B>(writer: Promise<A>, filler: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([writer, filler]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}
