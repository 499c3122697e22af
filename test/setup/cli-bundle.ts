import { build } from 'esbuild';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { MUSKEL_BIN } from '../fixtures/cli';

/**
 * Bundles the CLI once per test run: through tsx (bin/muskel.mjs) every spawned `muskel` spent about two seconds of
 * CPU transpiling the command graph, and the tests spawn it a few hundred times.
 */
export default async function bundleCli(): Promise<void> {
  const temp = `${MUSKEL_BIN}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'main', 'doors', 'cli', 'run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outfile: temp,
    logLevel: 'warning',
  });
  renameSync(temp, MUSKEL_BIN);
}
