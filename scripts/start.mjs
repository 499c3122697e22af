#!/usr/bin/env node
// `npm start`: the desktop app when the Electron runtime is installed, otherwise browser mode on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const passThrough = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (electron) {
  run(process.execPath, ['scripts/native-abi.mjs', 'electron']);
  run('npx', ['electron-vite', 'build']);
  run(electron, ['.', ...passThrough]);
} else {
  console.log('Runtime Electron tidak terpasang di komputer ini; Muskel dijalankan dalam mode peramban.');
  run(process.execPath, ['scripts/native-abi.mjs', 'node']);
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run(process.execPath, ['bin/muskel.mjs', 'serve', ...passThrough]);
}
