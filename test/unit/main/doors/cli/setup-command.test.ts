import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../main/api/dispatch';
import { closeContext } from '../../../../../main/app/open-context';
import { main } from '../../../../../main/doors/cli/index';
import { muskel as run } from '../../../../fixtures/cli';
import { openTestFolder } from '../../../../fixtures/context';

let root: string;
let folders = 0;
const freshDir = () => join(root, `data-${++folders}`);
const muskel = (dir: string, ...args: string[]) => run(['setup', ...args, '--data-dir', dir]);

const LURAH = ['--head', 'Drs. Bambang Suharyanto, M.Si.', '--head-nip', '197104151998031007', '--secretary', 'Siti Nurhayati, S.Sos.'];
const KADIS = ['--head', 'Dra. Penny Indriani, M.Si.', '--head-nip', '196805121994032008', '--secretary', 'Ahmad Fauzi, S.Sos.', '--secretary-nip', '197902142005011003'];

async function call<C extends Channel>(dir: string, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const { ctx } = await openTestFolder(dir);
  ctx.session.operator = 'Operator Uji';
  try {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<C>;
  } finally {
    await closeContext(ctx);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'muskel-setup-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('muskel setup', () => {
  it('sets up a fresh folder for a kelurahan, the office address taken from the region list', async () => {
    const dir = freshDir();
    const { code, stdout } = muskel(dir, '--role', 'kelurahan', '--region', '3573051004', ...LURAH);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`Folder data ${dir} disiapkan untuk Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang (Lurah: Drs. Bambang Suharyanto, M.Si.).`);
    expect(await call(dir, 'settings.get', {})).toMatchObject({
      kelurahanCode: '3573051004',
      lurahName: 'Drs. Bambang Suharyanto, M.Si.',
      lurahNip: '197104151998031007',
      secretaryName: 'Siti Nurhayati, S.Sos.',
      secretaryNip: '',
      officeAddress: 'Kantor Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang',
      nikDisplay: 'FULL',
      paperSize: 'A4',
    });
    expect(await call(dir, 'office.role', {})).toEqual({ role: 'KELURAHAN', dinsos: null });
  }, 60_000);

  it('sets up a fresh folder for the Dinsos of a kota, naming the office after it unless --office says otherwise', async () => {
    const named = freshDir();
    const { code, stdout } = muskel(named, '--role', 'dinsos', '--region', '3573', ...KADIS);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`Folder data ${named} disiapkan untuk Dinsos Kota Malang, Jawa Timur (Dinas Sosial Kota Malang; Kepala Dinas: Dra. Penny Indriani, M.Si.).`);
    expect(await call(named, 'office.role', {})).toMatchObject({
      role: 'DINSOS',
      dinsos: {
        regionCode: '3573',
        officeName: 'Dinas Sosial Kota Malang',
        headName: 'Dra. Penny Indriani, M.Si.',
        headNip: '196805121994032008',
        secretaryNip: '197902142005011003',
        officeAddress: 'Kantor Dinas Sosial Kota Malang, Jawa Timur',
        regency: { code: '3573', name: 'Kota Malang', provinceName: 'Jawa Timur' },
      },
    });
    expect(await call(named, 'settings.get', {})).toBeNull();

    const given = freshDir();
    const office = 'Dinas Sosial P3AP2KB Kota Malang';
    expect(muskel(given, '--role', 'dinsos', '--region', '3573', ...KADIS, '--office', office, '--address', 'Jl. Sulfat No. 12, Kota Malang').code).toBe(0);
    expect((await call(given, 'office.role', {})).dinsos).toMatchObject({ officeName: office, officeAddress: 'Jl. Sulfat No. 12, Kota Malang' });
  }, 60_000);

  it('setting up again changes the officials and keeps the address, NIK display and paper size', async () => {
    const dir = freshDir();
    expect(muskel(dir, '--role', 'kelurahan', '--region', '3573051004', ...LURAH, '--address', 'Jl. MT Haryono Gg. 1 No. 2').code).toBe(0);
    const first = await call(dir, 'settings.get', {});
    if (!first) throw new Error('no settings');
    const { village: _village, hasLogo: _hasLogo, ...input } = first;
    await call(dir, 'settings.save', { ...input, nikDisplay: 'MASKED', paperSize: 'F4' });
    expect(muskel(dir, '--role', 'kelurahan', '--region', '3573051004', ...LURAH.slice(0, 4), '--secretary', 'Dewi Lestari, S.AP.').code).toBe(0);
    expect(await call(dir, 'settings.get', {})).toMatchObject({
      secretaryName: 'Dewi Lestari, S.AP.',
      officeAddress: 'Jl. MT Haryono Gg. 1 No. 2',
      nikDisplay: 'MASKED',
      paperSize: 'F4',
    });
  }, 60_000);

  it('refuses a region code that is not in the Kemendagri list without creating the folder', () => {
    const dir = freshDir();
    const kelurahan = muskel(dir, '--role', 'kelurahan', '--region', '3573059999', ...LURAH);
    expect(kelurahan.code).toBe(1);
    expect(kelurahan.stderr.trim()).toBe('Gagal: kelurahan dengan kode 3573059999 tidak ada dalam daftar Kemendagri (--region: kode kelurahan 10 digit, misalnya 3573051004).');
    const dinsos = muskel(dir, '--role', 'dinsos', '--region', '3573051004', ...KADIS);
    expect(dinsos.code).toBe(1);
    expect(dinsos.stderr.trim()).toBe('Gagal: kota/kabupaten dengan kode 3573051004 tidak ada dalam daftar Kemendagri (--region: kode 4 digit, misalnya 3573).');
    expect(existsSync(dir)).toBe(false);
  }, 60_000);

  it('an invalid NIP comes back as one line naming the field', () => {
    const { code, stderr } = muskel(freshDir(), '--role', 'kelurahan', '--region', '3573051004', ...LURAH.slice(0, 2), '--head-nip', '1971', ...LURAH.slice(4));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toBe('Gagal: Isian tidak valid. lurahNip: NIP Lurah harus 18 digit (kosongkan bila tidak ada)');
  });

  it('refuses a Dinsos in a folder that holds kelurahan settings, and a kelurahan in a Dinsos folder', async () => {
    const kelurahanDir = freshDir();
    expect(muskel(kelurahanDir, '--role', 'kelurahan', '--region', '3573051004', ...LURAH).code).toBe(0);
    const dinsos = muskel(kelurahanDir, '--role', 'dinsos', '--region', '3573', ...KADIS);
    expect(dinsos.code).toBe(1);
    expect(dinsos.stderr.trim()).toBe('Gagal: Folder data ini sudah dipakai kelurahan (pengaturan, keluarga atau musyawarah). Siapkan folder data baru untuk Dinsos.');
    expect((await call(kelurahanDir, 'office.role', {})).role).toBe('KELURAHAN');

    const dinsosDir = freshDir();
    expect(muskel(dinsosDir, '--role', 'dinsos', '--region', '3573', ...KADIS).code).toBe(0);
    const kelurahan = muskel(dinsosDir, '--role', 'kelurahan', '--region', '3573051004', ...LURAH);
    expect(kelurahan.code).toBe(1);
    expect(kelurahan.stderr.trim()).toBe('Gagal: Folder data ini disiapkan untuk Dinsos. Siapkan folder data baru untuk kelurahan.');
    expect(await call(dinsosDir, 'settings.get', {})).toBeNull();
    expect((await call(dinsosDir, 'office.role', {})).role).toBe('DINSOS');
  }, 60_000);

  it('a missing flag, an unknown role or --office for a kelurahan is a usage error (exit 2), before any folder is opened', async () => {
    const dir = freshDir();
    const cases = [
      ['--role', 'kelurahan', '--region', '3573051004', ...LURAH.slice(2)],
      ['--role', 'kecamatan', '--region', '357305', ...LURAH],
      ['--role', 'kelurahan', '--region', '3573051004', ...LURAH, '--office', 'Kantor Kelurahan Dinoyo'],
      ['--role', 'dinsos', '--region', '3573', ...KADIS, '--kota', 'Malang'],
    ];
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const args of cases) {
        err.mockClear();
        expect(await main(['setup', ...args, '--data-dir', dir])).toBe(2);
        expect(err.mock.calls.map((c) => c.join(' ')).join('\n')).toContain('Pemakaian: muskel setup --role kelurahan|dinsos');
      }
      expect(out).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('is listed in --help', async () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['--help'])).toBe(0);
      expect(out.mock.calls.flat().join('\n')).toContain('muskel setup --role kelurahan|dinsos --region KODE');
    } finally {
      out.mockRestore();
    }
  });
});
