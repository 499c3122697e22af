import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRequest } from '../../../../../main/services/dtsen/import-extract';
import { importExtract } from '../../../../../main/services/dtsen/import-extract';
import { createHousehold, getHousehold, search } from '../../../../../main/services/households';
import { aHousehold, aMember } from '../../../../fixtures/households';
import { history } from '../../../../../main/services/audit';
import { saveSettings } from '../../../../../main/services/settings';
import { tempContext } from '../../../../fixtures/context';
import { SETTINGS } from '../../../../fixtures/settings';
import type { TestContext } from '../../../../fixtures/context';
import { scratch } from '../../../../fixtures/dtsen/files';
import { writeXlsx } from '../../../../fixtures/dtsen/xlsx';
import type { Scratch } from '../../../../fixtures/dtsen/files';
import { aFamily, aKk, aPerson, toCsv } from '../../../../fixtures/dtsen/extract';
import type { ExtractRow } from '../../../../fixtures/dtsen/extract';

let ctx: TestContext;
let files: Scratch;
beforeEach(async () => {
  ctx = await tempContext();
  files = scratch();
});
afterEach(async () => {
  files.cleanup();
  await ctx.cleanup();
});

const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const householdIdOf = (kk: string) => ctx.db.prepare('SELECT id FROM households WHERE no_kk = ?').pluck().get(kk) as number;

function run(rows: readonly ExtractRow[], options: Partial<ImportRequest> & { headers?: string[] } = {}) {
  const { headers, ...request } = options;
  const path = files.file('dtks.csv', toCsv(rows, headers));
  return importExtract(ctx, { source: path, fileName: 'dtks.csv', mapping: {}, dryRun: false, skipInvalid: false, ...request });
}

describe('importing a register extract', () => {
  it('adds each family with its members, desil and programmes, leaves what the extract lacks empty, and records the import', async () => {
    const first = aFamily();
    const second = aFamily(aKk(), { desil: '', pkh: 'TIDAK', bpnt: 'Y', pbi: '0' });
    const result = await run([...first, ...second]);

    expect(result).toMatchObject({ written: true, shape: 'REGISTER', rows: 6, families: { new: 2, changed: 0, unchanged: 0, missing: 0 }, members: { new: 6 }, errors: [] });
    const family = getHousehold(ctx, householdIdOf(first[0]?.nomor_kk ?? ''));
    expect(family).toMatchObject({ address: 'JL. MT HARYONO GG. 2 NO. 14', rt: 3, rw: 5, desil: 2, programs: ['PBI_JK', 'PKH'] });
    expect(family.members.map((m) => [m.relationship, m.sex, m.birthDate, m.birthPlace, m.education])).toEqual([
      ['KEPALA_KELUARGA', 'L', '1980-05-17', 'MALANG', null],
      ['ISTRI', 'P', '1984-09-02', 'MALANG', null],
      ['ANAK', 'L', '2012-01-20', 'MALANG', null],
    ]);
    expect(getHousehold(ctx, householdIdOf(second[0]?.nomor_kk ?? ''))).toMatchObject({ desil: null, programs: ['SEMBAKO'] });
    expect(ctx.db.prepare('SELECT file_name, rows, families_new, members_new, operator FROM dtsen_imports').get()).toEqual({
      file_name: 'dtks.csv', rows: 6, families_new: 2, members_new: 6, operator: 'Operator Uji',
    });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes imported people findable by name, and leaves the name index trigger in place for later families', async () => {
    const family = aFamily().map((r, i) => (i === 0 ? { ...r, nama: 'SUTRISNO WIBOWO' } : r));
    await run(family, { dryRun: true });
    await run(family);
    expect(search(ctx, { query: 'sutris', offset: 0, limit: 10 }).rows.map((r) => r.headName)).toEqual(['SUTRISNO WIBOWO']);
    createHousehold(ctx, aHousehold({ members: [aMember({ name: 'Wagimin Hartono' })] }));
    expect(search(ctx, { query: 'wagimin', offset: 0, limit: 10 }).total).toBe(1);
    expect(ctx.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'members_fts_insert'").pluck().get()).toBe(1);
  });

  it('needs no finished setup: families imported first take the kelurahan code once it is set', async () => {
    const family = aFamily();
    await run(family);
    expect(getHousehold(ctx, householdIdOf(family[0]?.nomor_kk ?? '')).kelurahanCode).toBe('');
    await saveSettings(ctx, SETTINGS);
    expect(getHousehold(ctx, householdIdOf(family[0]?.nomor_kk ?? '')).kelurahanCode).toBe(SETTINGS.kelurahanCode);
  });

  it('re-imports the same file as all unchanged, and a changed one as new, changed (saying what) and missing, in each family\'s history', async () => {
    const kept = aFamily();
    const moved = aFamily();
    const dropped = aFamily();
    await run([...kept, ...moved, ...dropped]);
    const again = await run([...kept, ...moved, ...dropped]);
    expect(again).toMatchObject({ families: { new: 0, changed: 0, unchanged: 3, missing: 0 }, members: { new: 0, changed: 0, unchanged: 9 } });

    const newborn = aPerson(moved[0]?.nomor_kk ?? '', 'ANAK', 'P', '2025-02-11', { desil: '5' });
    const changed = moved.map((r) => ({ ...r, desil: '5', pkh: 'TIDAK', alamat: 'JL. SOEKARNO HATTA NO. 9' }));
    const result = await run([...kept, ...changed, newborn]);
    expect(result.families).toEqual({ new: 0, changed: 1, unchanged: 1, missing: 1 });
    expect(result.members).toEqual({ new: 1, changed: 0, unchanged: 6 });
    expect(result.changed).toEqual([{ noKk: moved[0]?.nomor_kk, householdId: householdIdOf(moved[0]?.nomor_kk ?? ''), changes: ['desil', 'programmes', 'address', 'members'] }]);
    expect(result.warnings.map((w) => w.value)).toEqual([dropped[0]?.nomor_kk]);

    const id = householdIdOf(moved[0]?.nomor_kk ?? '');
    expect(getHousehold(ctx, id)).toMatchObject({ desil: 5, programs: ['PBI_JK'], address: 'JL. SOEKARNO HATTA NO. 9' });
    expect(getHousehold(ctx, id).members).toHaveLength(4);
    expect(getHousehold(ctx, householdIdOf(dropped[0]?.nomor_kk ?? '')).members).toHaveLength(3);
    const entries = history(ctx, { householdId: id });
    expect(entries.map((e) => e.action)).toContain('UBAH');
    expect(JSON.stringify(entries)).toContain('"desil":5');
  });

  it('writes nothing when a row is wrong, and lists every error by row, column as headed and value', async () => {
    const good = aFamily();
    const bad = aFamily();
    const mangled = bad.map((r, i) => (i === 1 ? { ...r, nomor_nik: '3.57305E+15' } : r));
    const twoHeads = aFamily().map((r) => ({ ...r, hubungan_keluarga: 'KEPALA KELUARGA' }));
    const result = await run([...good, ...mangled, ...twoHeads]);

    expect(result.written).toBe(false);
    expect(count('households')).toBe(0);
    expect(count('dtsen_imports')).toBe(0);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 6, column: 'nomor_nik', value: '3.57305E+15', message: expect.stringContaining('Excel') }),
      expect.objectContaining({ row: 8, column: null, message: expect.stringContaining('3 KEPALA KELUARGA') }),
    ]);
  });

  it('with skip-invalid imports the valid families and leaves out each family with a bad row whole', async () => {
    const good = aFamily();
    const bad = aFamily().map((r, i) => (i === 2 ? { ...r, tanggal_lahir: '31-02-2012' } : r));
    const result = await run([...good, ...bad], { skipInvalid: true });
    expect(result).toMatchObject({ written: true, families: { new: 1 }, skippedFamilies: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ row: 7, column: 'tanggal_lahir' })]);
    expect(ctx.db.prepare('SELECT no_kk FROM households').pluck().all()).toEqual([good[0]?.nomor_kk]);
  });

  it('refuses the same NIK in two families, naming both rows', async () => {
    const first = aFamily();
    const second = aFamily();
    const twice = second.map((r, i) => (i === 2 ? { ...r, nomor_nik: first[2]?.nomor_nik ?? '', tanggal_lahir: first[2]?.tanggal_lahir ?? '' } : r));
    const result = await run([...first, ...twice]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 7, column: 'nomor_nik', message: expect.stringContaining('baris 4 dan baris 7') })]);
    expect(count('members')).toBe(0);
  });

  it('refuses a person already registered in another family until they are moved there', async () => {
    const first = aFamily();
    await run(first);
    const other = aFamily().map((r, i) => (i === 2 ? { ...r, nomor_nik: first[2]?.nomor_nik ?? '', tanggal_lahir: first[2]?.tanggal_lahir ?? '' } : r));
    const result = await run(other);
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, message: expect.stringContaining(`sudah tercatat di keluarga No. KK ${first[0]?.nomor_kk ?? ''}`) })]);
  });

  it('stops at once, naming the column, when a required column is missing; a mapping by hand fixes it and is remembered', async () => {
    const rows = aFamily().map(({ nomor_nik, ...rest }) => ({ ...rest, 'No Induk Kependudukan': nomor_nik ?? '' }));
    const headers = ['No Induk Kependudukan', 'nomor_kk', 'nama', 'hubungan_keluarga', 'jenis_kelamin', 'tanggal_lahir', 'alamat', 'rt', 'rw'];
    const refused = await run(rows, { headers });
    expect(refused.errors).toEqual([expect.objectContaining({ row: 1, message: expect.stringMatching(/^Kolom NIK tidak ditemukan/) })]);

    expect(await run(rows, { headers, mapping: { 'No Induk Kependudukan': 'nik' } })).toMatchObject({ written: true, families: { new: 1 } });
    expect(await run(rows, { headers })).toMatchObject({ errors: [], families: { unchanged: 1 } });
  });

  it('gives the same result in a dry run and writes nothing, not even a backup', async () => {
    await run(aFamily());
    const rows = [...aFamily(), ...aFamily()];
    const backups = () => (existsSync(join(ctx.dataDir, 'cadangan')) ? readdirSync(join(ctx.dataDir, 'cadangan')) : []);
    const before = backups().length;
    const dry = await run(rows, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, written: false, families: { new: 2, missing: 1 } });
    expect(count('households')).toBe(1);
    expect(backups()).toHaveLength(before);

    const real = await run(rows);
    expect({ ...real, dryRun: true, written: false }).toEqual(dry);
    expect(backups().filter((f) => f.includes('sebelum-perubahan-massal'))).toHaveLength(1);
  });
});

describe('staging the rows', () => {
  it('keeps them in a private, encrypted file of its own while the import runs, and removes it after', async () => {
    const family = aFamily();
    const work = join(ctx.dataDir, 'sementara');
    const stagingFiles = () => (existsSync(work) ? readdirSync(work, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sqlite')) : []);
    let seen: { mode: number; holdsNik: boolean }[] = [];
    await run(family, {
      progress: (step) => {
        if (step !== 'Menyimpan') return;
        seen = stagingFiles().map((f) => ({
          mode: statSync(join(work, f)).mode & 0o777,
          holdsNik: readFileSync(join(work, f)).includes(family[0]?.nomor_nik ?? '-'),
        }));
      },
    });
    expect(seen).toEqual([{ mode: 0o600, holdsNik: false }]);
    expect(stagingFiles()).toEqual([]);
    expect(count('households')).toBe(1);
  });

  it('refuses a second import while one runs, and lets the first finish', async () => {
    let second: Promise<unknown> | null = null;
    const first = run(aFamily(), { progress: (step) => { second ??= step === 'Membaca berkas' ? run(aFamily()) : null; } });
    expect(await first).toMatchObject({ written: true });
    await expect(second).rejects.toThrow('Impor data DTSEN lain sedang berjalan');
  });
});

describe('importing an XLSX', () => {
  it('reads SIKS-NG\'s desil sheet by name, and refuses a NIK Excel stored as a number, never repairing it', async () => {
    const family = aFamily();
    await run(family);
    const path = join(files.dir, 'desil.xlsx');
    await writeXlsx(path, [
      { name: 'Petunjuk', rows: [['Lembar desil ada di sebelah']] },
      { name: 'Desil', rows: [['Nomor KK', 'Desil', 'NIK', 'Nama'], [family[0]?.nomor_kk ?? '', 7, family[0]?.nomor_nik ?? '', 'X'], ['', 3, Number(family[1]?.nomor_nik), 'Y']] },
    ]);
    const request = { source: path, fileName: 'desil.xlsx', sheet: 'Desil', mapping: {}, dryRun: false, skipInvalid: false };
    const refused = await importExtract(ctx, request);
    expect(refused.errors).toEqual([expect.objectContaining({ row: 3, column: 'NIK', message: expect.stringContaining('Excel') })]);
    expect(getHousehold(ctx, householdIdOf(family[0]?.nomor_kk ?? '')).desil).toBe(2);
    expect(await importExtract(ctx, { ...request, skipInvalid: true })).toMatchObject({ written: true, families: { changed: 1 } });
    expect(getHousehold(ctx, householdIdOf(family[0]?.nomor_kk ?? '')).desil).toBe(7);
  });
});

describe('importing a desil update', () => {
  it('updates the desil of known families by No. KK, then by NIK, and lists rows it cannot place instead of inventing families', async () => {
    const byKk = aFamily();
    const byNik = aFamily();
    await run([...byKk, ...byNik]);
    const stranger = aPerson(aKk(), '', 'L', '1990-01-01');
    const headers = ['Nomor KK', 'Desil', 'NIK', 'Nama'];
    const row = (kk: string, desil: string, nik: string) => ({ 'Nomor KK': kk, Desil: desil, NIK: nik, Nama: 'X' });
    const result = await run(
      [row(byKk[0]?.nomor_kk ?? '', '6', ''), row(byKk[0]?.nomor_kk ?? '', '6', byKk[1]?.nomor_nik ?? ''), row('', '1', byNik[1]?.nomor_nik ?? ''), row(stranger.nomor_kk ?? '', '3', '')],
      { headers },
    );
    expect(result).toMatchObject({ shape: 'DESIL_UPDATE', written: true, families: { new: 0, changed: 2, unchanged: 0 } });
    expect(result.warnings).toEqual([expect.objectContaining({ row: 5, value: stranger.nomor_kk, message: expect.stringContaining('tidak ada di daftar keluarga') })]);
    expect(getHousehold(ctx, householdIdOf(byKk[0]?.nomor_kk ?? '')).desil).toBe(6);
    expect(getHousehold(ctx, householdIdOf(byNik[0]?.nomor_kk ?? '')).desil).toBe(1);
    expect(count('households')).toBe(2);
  });
});
