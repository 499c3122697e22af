#!/usr/bin/env node
// Runs @doyensec/electronegativity over the project and fails on a HIGH finding or one not accepted, with a
// reason, in electronegativity.json. Offline is fine: it only fails to fetch Electron's release list.
// The library is called directly: its CSV writer races its own header against the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

const result = await electronegativity({ input: root, isRelative: true, electronVersionOverride: electronVersion });
const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  file: issue.file,
  location: `${issue.location.line}:${issue.location.column}`,
}));
const accepted = JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')).accepted;
const refused = findings.filter((f) => f.severity === 'HIGH' || !accepted.some((a) => a.check === f.check && a.file === f.file));
for (const f of findings) console.log(`${refused.includes(f) ? 'REFUSED ' : 'accepted'} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`);
console.log(`electronegativity: ${findings.length} findings, ${refused.length} not accepted`);
process.exit(refused.length === 0 ? 0 : 1);
