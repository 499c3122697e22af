#!/usr/bin/env node
// Runs @doyensec/electronegativity over the project and fails on a HIGH finding or one not accepted, with a
// reason, in electronegativity.json. Offline is fine: it only fails to fetch Electron's release list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const work = mkdtempSync(join(tmpdir(), 'muskel-eneg-'));
const csv = join(work, 'hasil.csv');
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(process.execPath, [cli, '-i', root, '-e', electronVersion, '-r', '-o', csv], { cwd: root, encoding: 'utf8', timeout: 180_000 });
let rows;
try {
  rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
} catch {
  console.error(`electronegativity did not run:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const accepted = JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')).accepted;
const findings = rows.map((line) => {
  const [check, severity, , file, location] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
  return { check, severity, file, location };
});
const refused = findings.filter((f) => f.severity === 'HIGH' || !accepted.some((a) => a.check === f.check && a.file === f.file));
for (const f of findings) console.log(`${refused.includes(f) ? 'REFUSED ' : 'accepted'} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`);
console.log(`electronegativity: ${findings.length} findings, ${refused.length} not accepted`);
process.exit(refused.length === 0 ? 0 : 1);
