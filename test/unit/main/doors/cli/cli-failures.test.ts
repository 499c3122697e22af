import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeContext } from '../../../../../main/app/open-context';
import { fillDemo } from '../../../../../main/services/demo';
import { TEST_DB_PASSPHRASE, openTestFolder, rawDb } from '../../../../fixtures/context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { muskel } from '../../../../fixtures/cli';

let root: string;
let demo: string;
let busyPort: Server;
const dir = (name: string) => join(root, name);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'muskel-cli-fail-'));
  demo = dir('demo');
  for (const name of ['demo', 'newer', 'corrupt', 'truncated']) {
    const { ctx } = await openTestFolder(dir(name));
    ctx.session.operator = 'Persiapan';
    await fillDemo(ctx, { households: 5, seed: 1 });
    await closeContext(ctx);
  }
  const { ctx: newer } = await openTestFolder(dir('newer'));
  const raw = rawDb({ dbFile: join(dir('newer'), 'muskel.sqlite'), dataKey: newer.dataKey });
  await closeContext(newer);
  raw.pragma('user_version = 99');
  raw.close();
  writeFileSync(join(dir('corrupt'), 'muskel.sqlite'), Buffer.alloc(8192, 0x5a));
  truncateSync(join(dir('truncated'), 'muskel.sqlite'), 8192);
  writeFileSync(dir('a-file'), 'bukan folder');
  busyPort = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => busyPort.once('listening', resolve));
}, 60_000);
afterAll(() => {
  busyPort.close();
  rmSync(root, { recursive: true, force: true });
});

const port = () => String((busyPort.address() as AddressInfo).port);

/** [what the user did, arguments, what the one line on stderr must say] */
const CASES: [string, () => string[], RegExp][] = [
  ['a missing --pubkey file', () => ['verify', join(root, 'paket.zip'), '--pubkey', dir('tidak-ada.pub')], /^Gagal: .*tidak-ada\.pub tidak ada\.$/],
  ['a missing --identity file', () => ['verify', join(root, 'paket.zip'), '--identity', dir('tidak-ada.txt')], /^Gagal: .*tidak-ada\.txt tidak ada\.$/],
  ['a missing --keys folder', () => ['verify', join(root, 'paket.zip'), '--keys', dir('tidak-ada')], /^Gagal: .*tidak-ada tidak ada\.$/],
  ['a missing --passphrase-file', () => ['export', '--meeting', '1', '--out', root, '--passphrase-file', dir('tidak-ada'), '--data-dir', demo], /^Gagal: .*tidak-ada tidak ada\.$/],
  ['--data-dir naming a file', () => ['meeting', 'list', '--data-dir', dir('a-file')], /^Gagal: Folder data .*a-file tidak dapat dipakai: jalur itu \(atau bagiannya\) adalah berkas, bukan folder\.$/],
  ['a blank --data-dir', () => ['meeting', 'list', '--data-dir', '   '], /^Gagal: --data-dir kosong: isi dengan jalur folder data\.$/],
  ['--data-dir under /proc (Node loops forever there)', () => ['meeting', 'list', '--data-dir', '/proc/muskel-tidak-ada'], /^Gagal: Folder data \/proc\/muskel-tidak-ada tidak dapat dipakai/],
  ['a database from a newer Muskel', () => ['meeting', 'list', '--data-dir', dir('newer')], /^Gagal: Basis data dibuat oleh versi Muskel yang lebih baru \(skema 99/],
  ['a database file overwritten with garbage', () => ['meeting', 'list', '--data-dir', dir('corrupt')], /^Gagal: Basis data di folder data rusak .*"muskel backup restore BERKAS"\.$/],
  ['a truncated database', () => ['meeting', 'list', '--data-dir', dir('truncated')], /^Gagal: Basis data di folder data rusak .*"muskel backup restore BERKAS"\.$/],
  ['minutes --out into a missing folder', () => ['minutes', '--meeting', '1', '--out', dir('tidak-ada/ba.pdf'), '--data-dir', demo], /^Gagal: Folder tujuan .*tidak-ada tidak ada\.$/],
  ['export --out naming a file', () => ['export', '--meeting', '1', '--out', dir('a-file'), '--data-dir', demo], /^Gagal: Folder tujuan .*a-file bukan folder\.$/],
  ['serve on a port in use', () => ['serve', '--port', port(), '--data-dir', demo], /^Gagal: Port \d+ sudah dipakai program lain/],
];

describe('CLI failures a careless user causes', () => {
  it.each(CASES)('%s: one Indonesian line on stderr, exit 1, within seconds', (_what, args, message) => {
    const run = muskel(args(), { timeout: 15_000, env: { ...process.env, MUSKEL_DB_PASSPHRASE: TEST_DB_PASSPHRASE, MUSKEL_PASSPHRASE: 'frasa sandi kelurahan' } });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('leaves the database closed after a refusal (no WAL file behind)', () => {
    expect(readdirSync(demo).filter((f) => f.startsWith('muskel.sqlite'))).toEqual(['muskel.sqlite']);
  });
});
