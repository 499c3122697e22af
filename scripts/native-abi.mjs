#!/usr/bin/env node
// Makes better-sqlite3-multiple-ciphers' native build match the runtime about to use it: `node` (tests, CLI, browser mode)
// or `electron` (the desktop app). Switching is automatic so nobody has to remember `npm rebuild`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const marker = join(root, '.native-abi');
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function loadsInNode() {
  const probe = "const D=require('better-sqlite3-multiple-ciphers');new D(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
if (target === 'node') {
  if (!loadsInNode()) {
    console.log('better-sqlite3-multiple-ciphers: membangun ulang untuk Node.js…');
    run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers']);
  }
  writeFileSync(marker, 'node\n');
} else if (current !== 'electron') {
  console.log('better-sqlite3-multiple-ciphers: membangun ulang untuk Electron…');
  run('npx', ['electron-builder', 'install-app-deps']);
  writeFileSync(marker, 'electron\n');
}
