import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { muskel as run } from '../../../../fixtures/cli';
import { aFamily, toCsv } from '../../../../fixtures/dtsen/extract';

let dir: string;
const muskel = (...args: string[]) => run([...args, '--data-dir', join(dir, 'data')]);
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muskel import', () => {
  it('imports into a fresh data folder, prints exactly the JSON shape asked for, and exits 1 on a refused file with nothing written', () => {
    const families = [...aFamily(), ...aFamily()];
    const good = file('dtks.csv', toCsv(families));

    const dry = muskel('import', good, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      families: { new: 2, changed: 0, unchanged: 0, missing: 0 }, members: { new: 6, changed: 0, unchanged: 0 }, errors: [], warnings: [],
    });

    const imported = muskel('import', good);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Keluarga: 2 baru, 0 berubah, 0 tidak berubah');
    expect(imported.stdout).toContain('Impor selesai dan tersimpan.');

    const broken = families.map((r, i) => (i === 4 ? { ...r, nomor_nik: '3573051709800000.0' } : r));
    const refused = muskel('import', file('rusak.csv', toCsv(broken)), '--json');
    expect(refused.code).toBe(1);
    const json = JSON.parse(refused.stdout) as { errors: { row: number; column: string; value: string; message: string }[] };
    expect(json.errors).toEqual([{ row: 6, column: 'nomor_nik', value: '3573051709800000.0', message: expect.stringContaining('Excel') }]);

    expect(JSON.parse(muskel('import', good, '--json').stdout)).toMatchObject({ families: { unchanged: 2 }, members: { unchanged: 6 } });
  }, 60_000);

  it('maps a column by hand with --map and refuses a mapping it cannot read as a usage error', () => {
    const rows = aFamily().map(({ nomor_nik, ...rest }) => ({ ...rest, 'No Induk': nomor_nik ?? '' }));
    const path = file('petakan.csv', toCsv(rows, ['No Induk', 'nomor_kk', 'nama', 'hubungan_keluarga', 'alamat', 'rt', 'rw']));
    const missing = muskel('import', path, '--dry-run');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('Kolom NIK tidak ditemukan');
    expect(muskel('import', path, '--dry-run', '--map', 'No Induk=NIK').code).toBe(0);
    const usage = muskel('import', path, '--map', 'No Induk=nomor');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--map "No Induk=nomor" tidak dapat dibaca');
  }, 60_000);
});
