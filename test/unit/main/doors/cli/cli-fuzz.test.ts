import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../../../main/doors/cli/index';
import { closeContext } from '../../../../../main/app/open-context';
import { openTestFolder } from '../../../../fixtures/context';
import { fillDemo } from '../../../../../main/services/demo';
import { generateKey } from '../../../../../main/services/keys';

const root = mkdtempSync(join(tmpdir(), 'muskel-cli-fuzz-'));
const data = join(root, 'data');
const folder = join(root, 'folder');
const file = join(root, 'berkas.txt');

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(file, 'frasa sandi yang panjang sekali\n');
  mkdirSync(data);
  const { ctx: ctx } = await openTestFolder(data);
  ctx.session.operator = 'Persiapan';
  await fillDemo(ctx, { households: 60, seed: 2 });
  await generateKey(ctx, 'frasa sandi yang panjang sekali', false);
  await closeContext(ctx);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What users and scripts get wrong: empty, blank, a folder for a file, a file for a folder, /proc, a device, huge, NUL, numbers out of range. */
const BAD = ['', '   ', folder, file, '/proc/muskel-tidak-ada', '/proc/self/mem', '/dev/zero', 'x'.repeat(5000), '\u0000x', '-1', 'abc', '99999999999', '../..'];

/** Each command with sensible arguments; one argument at a time is replaced by every bad value, or left without its value. */
const COMMANDS: string[][] = [
  ['nik', '3573055709840002'],
  ['demo', '--households', '5', '--seed', '1', '--data-dir', data],
  ['meeting', 'list', '--data-dir', data],
  ['worklist', '--code', 'PKH_DITANGGUHKAN', '--xlsx', join(root, 'dp.xlsx'), '--json', '--data-dir', data],
  ['worklist', 'propose', '--meeting', '2', '--code', 'BANSOS_DI_ATAS_DESIL', '--data-dir', data],
  ['rekap', '--json', '--data-dir', data],
  ['minutes', '--meeting', '1', '--out', join(root, 'ba.pdf'), '--data-dir', data],
  ['key', 'generate', '--passphrase-file', file, '--data-dir', data],
  ['key', 'export-public', '--out', join(root, 'k.pub'), '--data-dir', data],
  ['key', 'recipient', 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', '--data-dir', data],
  ['export', '--meeting', '1', '--out', root, '--recipient', 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', '--passphrase-file', join(root, 'salah.txt'), '--data-dir', data],
  ['verify', join(root, 'paket.zip.age'), '--pubkey', file, '--identity', file],
  ['verify', join(root, 'paket.zip.age'), '--keys', folder],
  ['audit', 'verify', '--expect-head', '1:0000000000000000', '--data-dir', data],
  ['rules', 'add', file, '--data-dir', data],
  ['groundcheck', 'result', '--id', '1', '--result', 'LAYAK', '--desil', '3', '--photo', file, '--data-dir', data],
  ['groundcheck', 'form', '--out', join(root, 'gc.pdf'), '--id', '1', '--data-dir', data],
  ['serve', '--port', '-1', '--data-dir', data],
];

function variants(): string[][] {
  const out: string[][] = [];
  for (const command of COMMANDS) {
    for (let i = 1; i < command.length; i++) {
      if (command[i]?.startsWith('--')) {
        out.push([...command.slice(0, i + 1)]);
        continue;
      }
      for (const bad of BAD) out.push(command.map((arg, j) => (j === i ? bad : arg)));
    }
  }
  return out;
}

async function runQuietly(argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const timeout = new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`hang: muskel ${argv.join(' ').slice(0, 200)}`)), 15_000).unref());
    const code = await Promise.race([main(argv), timeout]);
    return { code, stderr: err.mock.calls.map((c) => c.join(' ')).join('\n'), stdout: log.mock.calls.map((c) => c.join(' ')).join('\n') };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

describe('every CLI command with missing, empty, wrong-typed and pathological arguments', () => {
  it('answers in Indonesian with an exit code, within seconds, never with a stack trace', async () => {
    writeFileSync(join(root, 'salah.txt'), 'bukan frasa sandinya\n');
    const cwdBefore = readdirSync(process.cwd()).sort();
    const runs = variants();
    expect(runs.length).toBeGreaterThan(300);
    for (const argv of runs) {
      const { code, stderr, stdout } = await runQuietly(argv);
      const label = `muskel ${argv.join(' ').slice(0, 160)}`;
      expect([0, 1, 2], label).toContain(code);
      // A refusal says why: on stderr, or (`muskel nik`, `muskel audit verify`) as the verdict on stdout.
      if (code !== 0) expect((stderr + stdout).trim().length, label).toBeGreaterThan(0);
      expect(stderr, label).not.toMatch(/\n\s+at |TypeError|SyntaxError|RangeError|ENOENT|EISDIR|ENOTDIR|Cannot |Unexpected token/);
    }
    // Relative paths (`abc`, a blank one) land in the working folder: none may leave a folder there.
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
  }, 600_000);
});
