import { readdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pidAlive } from '../app/pid-alive';

/** `muskel-verify-<pid>-<random>`: the owner's pid tells a later run whether the folder is still in use. */
const OWNED = /^muskel-verify-(\d+)-/;

/** Removes what killed verifications left in the temp folder: folders whose process no longer runs. */
export function clearStaleVerifications(): void {
  const dir = tmpdir();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || pidAlive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Another OS user's folder in a shared /tmp: not ours to remove.
    }
  }
}

/** A private (0700) temp folder for one verification, named after this process. */
export function verifyScratchDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), `muskel-verify-${String(process.pid)}-`));
}
