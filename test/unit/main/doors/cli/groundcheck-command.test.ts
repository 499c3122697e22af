import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext } from '../../../../../main/app/open-context';
import { saveSettings } from '../../../../../main/services/settings';
import type { GroundcheckPage } from '../../../../../shared/groundcheck/schema';
import { muskel as run } from '../../../../fixtures/cli';
import { openTestFolder } from '../../../../fixtures/context';
import { jpegWithExif } from '../../../../fixtures/exif-jpeg';
import { dinsosRegister } from '../../../../fixtures/groundcheck';
import type { DinsosRegister } from '../../../../fixtures/groundcheck';
import { SETTINGS } from '../../../../fixtures/settings';

let register: DinsosRegister;
let dataDir: string;
let out: string;
const muskel = (...args: string[]) => run([...args, '--data-dir', dataDir]);
const listed = () => JSON.parse(muskel('groundcheck', 'list', '--json').stdout) as GroundcheckPage;

beforeAll(async () => {
  register = await dinsosRegister();
  dataDir = register.ctx.dataDir;
  await register.ctx.folder.close();
  out = mkdtempSync(join(tmpdir(), 'muskel-groundcheck-cli-'));
}, 240_000);
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await register.cleanup();
});

describe('muskel groundcheck', () => {
  it('explains itself and refuses a wrong call in Indonesian', () => {
    expect(run(['groundcheck', '--help']).stdout).toContain('Pemakaian: muskel groundcheck assign --officer NAMA --date TGL (--all-flagged | --id N...)');
    const noOfficer = muskel('groundcheck', 'assign', '--date', '2026-12-03', '--all-flagged');
    expect([noOfficer.code, noOfficer.stderr]).toEqual([2, expect.stringContaining('Sebutkan --officer (nama petugas) dan --date')]);
    const both = muskel('groundcheck', 'assign', '--officer', 'Budi Santoso', '--date', '2026-12-03', '--all-flagged', '--id', '1');
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('salah satu saja')]);
    const badId = muskel('groundcheck', 'form', '--out', join(out, 'x.pdf'), '--id', 'abc');
    expect([badId.code, badId.stderr]).toEqual([2, expect.stringContaining('Id usulan harus angka bulat positif, bukan "abc"')]);
    const badResult = muskel('groundcheck', 'result', '--id', '1', '--result', 'SUDAH_MAMPU');
    expect([badResult.code, badResult.stderr]).toEqual([2, expect.stringContaining('Sebutkan --result, salah satu dari: LAYAK, TIDAK_LAYAK, TIDAK_DITEMUKAN, PINDAH, MENINGGAL, DATA_GANDA')]);
    expect(muskel('groundcheck', 'terbang').stderr).toContain('Perintah groundcheck tidak dikenal: terbang');
  }, 120_000);

  it('assigns the flagged proposals, refuses an unknown one and lists them', () => {
    const assigned = muskel('groundcheck', 'assign', '--officer', 'Budi Santoso', '--date', '2026-12-03', '--all-flagged');
    expect(assigned.stderr).toBe('');
    expect(assigned.stdout.trim()).toBe('2 usulan ditugaskan dan 0 dipindahkan kepada Budi Santoso untuk Kamis, 3 Desember 2026; 0 sudah ditugaskan demikian.');
    const unknown = muskel('groundcheck', 'assign', '--officer', 'Budi Santoso', '--date', '2026-12-03', '--id', '9999');
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'Gagal: Usulan dengan id 9999 tidak ditemukan di daftar usulan kota']);
    const page = listed();
    expect(page).toMatchObject({ total: 2, unassigned: 0, officers: ['Budi Santoso'] });
    const text = muskel('groundcheck', 'list', '--officer', 'budi santoso', '--pending');
    expect(text.stdout).toContain('2 usulan groundcheck; 0 usulan perlu groundcheck belum ditugaskan.');
    expect(text.stdout).toMatch(new RegExp(`#${page.rows[0]?.proposal.id ?? 0}  2026-12-03  Budi Santoso +Dinoyo +RT/RW 003/005  Sutrisno Hadi  Usulan program  belum ada hasil  0 foto`));
  }, 120_000);

  it('prints the forms of a round as one PDF, a page per family', () => {
    const file = join(out, 'keliling.pdf');
    const printed = muskel('groundcheck', 'form', '--out', file, '--officer', 'Budi Santoso', '--date', '2026-12-03');
    expect(printed.stdout.trim()).toBe(`Formulir groundcheck (2 keluarga, satu halaman per keluarga) ditulis ke ${file}`);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((p) => p.includes('FORMULIR VERIFIKASI LAPANGAN'))).toHaveLength(2);
    const none = muskel('groundcheck', 'form', '--out', file, '--date', '2030-01-01');
    expect([none.code, none.stderr]).toEqual([1, expect.stringContaining('tidak ada usulan groundcheck tanpa hasil yang cocok')]);
  }, 120_000);

  it('records a result with a photo, its position read from EXIF, and refuses a photo too big', () => {
    const [first] = listed().rows;
    const id = String(first?.proposal.id ?? 0);
    const photo = join(out, 'depan.jpg');
    writeFileSync(photo, jpegWithExif({ latitude: -7.9700944, longitude: 112.6293333, dateTimeOriginal: '2026:11:27 09:15:30' }));
    const big = join(out, 'besar.jpg');
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0xff));
    const tooBig = muskel('groundcheck', 'result', '--id', id, '--result', 'layak', '--photo', big);
    expect([tooBig.code, tooBig.stderr.trim()]).toEqual([1, `Gagal: foto ${big} berukuran 5.0 MB; paling besar 5 MB.`]);
    expect(listed().rows[0]?.result).toBeNull();

    const recorded = muskel('groundcheck', 'result', '--id', id, '--result', 'layak', '--desil', '3', '--note', 'Lantai tanah, dinding bambu', '--photo', photo);
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout.split('\n').filter(Boolean)).toEqual([
      `Hasil groundcheck usulan #${id} (Sutrisno Hadi) dicatat: Layak. Hasil groundcheck: layak; desil disarankan 3.`,
      'Foto depan.jpg disimpan (posisi -7.970094, 112.629333: https://www.openstreetmap.org/?mlat=-7.970094&mlon=112.629333#map=18/-7.970094/112.629333; diambil 2026-11-27 09:15:30).',
    ]);
    const done = listed().rows.find((r) => String(r.proposal.id) === id);
    expect(done).toMatchObject({ result: { result: 'LAYAK', recommendedDesil: 3, notes: 'Lantai tanah, dinding bambu', officer: 'Budi Santoso' }, proposal: { dinsosStatus: 'GROUNDCHECK_LAYAK' } });
    expect(done?.photos.map((p) => p.fileName)).toEqual(['depan.jpg']);
    expect(muskel('groundcheck', 'list', '--done').stdout).toContain('LAYAK desil 3  1 foto');
  }, 120_000);

  it('is refused in a kelurahan folder', async () => {
    const kelurahan = mkdtempSync(join(tmpdir(), 'muskel-groundcheck-kelurahan-'));
    try {
      const { ctx } = await openTestFolder(kelurahan);
      ctx.session.operator = 'Operator Uji';
      await saveSettings(ctx, SETTINGS);
      await closeContext(ctx);
      const refused = run(['groundcheck', 'list', '--data-dir', kelurahan]);
      expect([refused.code, refused.stderr.trim()]).toEqual([1, 'Gagal: Folder ini belum disiapkan untuk Dinsos. Isi data dinas di Pengaturan terlebih dahulu.']);
    } finally {
      rmSync(kelurahan, { recursive: true, force: true });
    }
  }, 60_000);
});
