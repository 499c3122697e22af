import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../main/api/dispatch';
import { closeContext } from '../../../../../main/app/open-context';
import { muskel as run } from '../../../../fixtures/cli';
import { openTestFolder } from '../../../../fixtures/context';

let root: string;
const muskel = (dir: string, ...args: string[]) => run(['demo', ...args, '--data-dir', dir]);

interface Filled {
  settings: OutputOf<'settings.get'>;
  niks: string[];
  kks: string[];
  kelurahanCodes: string[];
  letterNumbers: string[];
}

async function contents(dir: string): Promise<Filled> {
  const { ctx } = await openTestFolder(dir);
  try {
    const settings = await dispatch(ctx, 'settings.get', {});
    if (!settings.ok) throw new Error(settings.error.message);
    const column = (sql: string) => ctx.db.prepare(sql).pluck().all().map(String);
    return {
      settings: settings.value as OutputOf<'settings.get'>,
      niks: column('SELECT nik FROM members'),
      kks: column('SELECT no_kk FROM households'),
      kelurahanCodes: column('SELECT DISTINCT kelurahan_code FROM households'),
      letterNumbers: column('SELECT letter_number FROM meetings ORDER BY id'),
    };
  } finally {
    await closeContext(ctx);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'muskel-demo-kelurahan-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('muskel demo --kelurahan', () => {
  it('fills folders of different kelurahan with the same seed, sharing no NIK and no No. KK', async () => {
    const kelurahan = [
      { code: '3573051004', name: 'Dinoyo', district: 'Lowokwaru', dotted: '35.73.05.1004' },
      { code: '3573051005', name: 'Sumbersari', district: 'Lowokwaru', dotted: '35.73.05.1005' },
      { code: '3573011001', name: 'Balearjosari', district: 'Blimbing', dotted: '35.73.01.1001' },
    ];
    const filled: Filled[] = [];
    for (const k of kelurahan) {
      const dir = join(root, k.code);
      const { code, stdout } = muskel(dir, '--households', '80', '--seed', '1', '--kelurahan', k.code);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^80 keluarga dengan \\d+ anggota dan 2 musyawarah dibuat di .+ untuk Kelurahan ${k.name}, Kecamatan ${k.district} \\(`));
      const f = await contents(dir);
      expect(f.settings).toMatchObject({
        kelurahanCode: k.code,
        officeAddress: `Kantor Kelurahan ${k.name}, Kecamatan ${k.district}, Kota Malang`,
        village: { name: k.name, districtName: k.district },
      });
      expect(f.kelurahanCodes).toEqual([k.code]);
      const kecamatan = k.code.slice(0, 6);
      expect(f.kks.every((kk) => kk.startsWith(kecamatan))).toBe(true);
      const regions = new Map<string, number>();
      for (const nik of f.niks) regions.set(nik.slice(0, 6), (regions.get(nik.slice(0, 6)) ?? 0) + 1);
      const usual = [...regions].sort((a, b) => b[1] - a[1])[0]?.[0];
      expect(usual).toBe(kecamatan);
      expect(f.letterNumbers).toEqual([`400.9/087/${k.dotted}/2026`, `400.9/131/${k.dotted}/2026`]);
      filled.push(f);
    }
    const [dinoyo, sumbersari, balearjosari] = filled;
    if (!dinoyo || !sumbersari || !balearjosari) throw new Error('a folder is missing');
    expect(dinoyo.settings?.lurahName).not.toBe(sumbersari.settings?.lurahName);
    const all = (pick: (f: Filled) => string[]) => filled.flatMap(pick);
    expect(new Set(all((f) => f.niks)).size).toBe(all((f) => f.niks).length);
    expect(new Set(all((f) => f.kks)).size).toBe(all((f) => f.kks).length);
  }, 120_000);

  it('refuses a code outside Kota Malang, naming it, and a code of the wrong length, writing nothing', async () => {
    const dir = join(root, 'luar');
    const outside = muskel(dir, '--households', '5', '--kelurahan', '3507012001');
    expect(outside.code).toBe(1);
    expect(outside.stderr.trim().split('\n').at(-1)).toBe('Gagal: Kode 3507012001 bukan kelurahan di Kota Malang. Data demo hanya dapat dibuat untuk 57 kelurahan Kota Malang (kode diawali 3573).');
    const short = muskel(dir, '--households', '5', '--kelurahan', '357305');
    expect(short.code).toBe(1);
    expect(short.stderr.trim().split('\n').at(-1)).toBe('Gagal: Isian tidak valid. kelurahan: Kode kelurahan harus 10 digit, misalnya 3573051004');
    expect(await contents(dir)).toMatchObject({ settings: null, kks: [] });
  }, 60_000);
});
