import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pidAlive } from './pid-alive';

/** Folders of the data folder that may hold a process's unfinished work after a crash or power cut. */
export const WORK_DIR_NAME = 'sementara';
const SCANNED = ['.', 'kiriman', 'lampiran', 'cadangan'];
/** `.name.<pid>-<hex>.tmp`, as tempPathFor makes them. */
const TEMP_FILE = /\.(\d+)-[0-9a-f]+\.tmp$/;

/** The owner's pid is part of every temp name, so a second process on the same folder never removes live work. */
const owner = () => `${String(process.pid)}-${randomBytes(6).toString('hex')}`;

/** A hidden name beside `target` to write to before renaming: `.name.<pid>-<hex>.tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${owner()}.tmp`);
}

/** A private scratch folder for one piece of work (an upload, a backup): `sementara/<pid>-<hex>`. */
export function workDirIn(dataDir: string): string {
  return join(dataDir, WORK_DIR_NAME, owner());
}

function ownerDead(name: string, pattern: RegExp): boolean {
  const pid = Number(pattern.exec(name)?.[1]);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !pidAlive(pid);
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether a live process (this one included) is writing `target` right now. */
export function tempInUse(target: string): boolean {
  const prefix = `.${basename(target)}.`;
  return entries(dirname(target)).some((name) => name.startsWith(prefix) && TEMP_FILE.test(name) && !ownerDead(name, TEMP_FILE));
}

/** Removes what processes that no longer run left behind: scratch folders and half-written hidden files. */
export function clearInterruptedWork(dataDir: string): void {
  const work = join(dataDir, WORK_DIR_NAME);
  for (const name of entries(work)) {
    if (ownerDead(name, /^(\d+)-[0-9a-f]+$/)) rmSync(join(work, name), { recursive: true, force: true });
  }
  for (const folder of SCANNED) {
    for (const name of entries(join(dataDir, folder))) {
      if (name.startsWith('.') && ownerDead(name, TEMP_FILE)) rmSync(join(dataDir, folder, name), { force: true });
    }
  }
}
