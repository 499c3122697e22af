import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeContext } from '../../../../../main/app/open-context';
import { openTestFolder } from '../../../../fixtures/context';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../../../main/doors/cli/index';
import { muskel as run } from '../../../../fixtures/cli';

const muskel = (...args: string[]) => run(args);

describe('muskel CLI', () => {
  it('--help lists every command', () => {
    const { code, stdout } = muskel('--help');
    expect(code).toBe(0);
    for (const command of ['muskel serve', 'muskel nik', 'muskel demo']) expect(stdout).toContain(command);
  });

  it('nik explains valid and invalid NIKs and exits 1 when any is invalid', () => {
    const ok = muskel('nik', '3573055709840002');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('provinsi Jawa Timur');
    expect(ok.stdout).toContain('lahir 17-09-1984');
    expect(ok.stdout).toContain('perempuan');
    const bad = muskel('nik', '3573055709840002', '3573053202800001');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('3573053202800001  TIDAK SAH: Tanggal lahir pada NIK (32-02-80) bukan tanggal yang ada');
  });

  it('nik --json gives machine-readable verdicts', () => {
    const { code, stdout } = muskel('nik', '--json', '3.57301E+15', '3573051705800001');
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { nik: string; valid: boolean; reason?: string; serial?: string }[];
    expect(parsed[0]).toMatchObject({ nik: '3.57301E+15', valid: false, reason: expect.stringContaining('Excel') });
    expect(parsed[1]).toMatchObject({ valid: true, serial: '0001', sex: 'L' });
  });

  it('demo fills an empty data folder deterministically and refuses a filled one', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'muskel-demo-')), mkdtempSync(join(tmpdir(), 'muskel-demo-'))];
    try {
      for (const dir of dirs) {
        const run = muskel('demo', '--households', '40', '--seed', '9', '--data-dir', dir);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^40 keluarga dengan \d+ anggota dan 0 musyawarah dibuat/);
      }
      const dump = async (dir: string) => {
        const { ctx } = await openTestFolder(dir);
        const rows = ctx.db.prepare('SELECT nik, name, birth_date FROM members ORDER BY id').all();
        await closeContext(ctx);
        return rows;
      };
      expect(await dump(dirs[0] ?? '')).toEqual(await dump(dirs[1] ?? ''));
      const again = muskel('demo', '--data-dir', dirs[0] ?? '');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('sudah berisi 40 keluarga');
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('demo also holds a finished and an open meeting, which `meeting list --json` reports with counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muskel-demo-'));
    try {
      expect(muskel('demo', '--households', '120', '--data-dir', dir).stdout).toContain('dan 2 musyawarah dibuat');
      const list = muskel('meeting', 'list', '--json', '--data-dir', dir);
      expect(list.code).toBe(0);
      const meetings = JSON.parse(list.stdout) as { status: string; counts: { proposals: number; decided: number; attendees: number } }[];
      expect(meetings.map((m) => m.status)).toEqual(['BERLANGSUNG', 'SELESAI']);
      expect(meetings[1]?.counts).toMatchObject({ proposals: 36, decided: 36 });
      expect(meetings[1]?.counts.attendees).toBeGreaterThan(10);
      const text = muskel('meeting', 'list', '--data-dir', dir).stdout;
      expect(text).toContain('Kamis, 27 Agustus 2026');
      expect(text).toContain('[Selesai]  usulan 36 (diputuskan 36');
      expect(muskel('audit', 'verify', '--data-dir', dir).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('an unknown command or option gets a message and usage', () => {
    expect(muskel('terbang').code).toBe(2);
    const bad = muskel('nik', '--salah');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Pemakaian: muskel nik');
  });

  it('bin/muskel.mjs in a checkout runs the sources through tsx', () => {
    const checkoutBin = join(import.meta.dirname, '..', '..', '..', '..', '..', 'bin', 'muskel.mjs');
    const run = spawnSync(process.execPath, [checkoutBin, 'nik', '3573055709840002'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('provinsi Jawa Timur');
  });

  it('--version prints the version', () => {
    expect(muskel('--version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^muskel \d+\.\d+\.\d+\n$/) });
  });

  it.each([['serve'], ['nik'], ['demo'], ['meeting'], ['meeting', 'list'], ['minutes'], ['key'], ['key', 'generate'], ['key', 'export-public'],
    ['export'], ['verify'], ['audit'], ['audit', 'verify'], ['rules'], ['rules', 'add']])('muskel %s … --help explains the command once', async (...args) => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([...args, '--help'])).toBe(0);
      const printed = out.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(printed).toContain(`Pemakaian: muskel ${args[0]}`);
      expect(printed.match(/Pemakaian:/g)).toHaveLength(1);
      expect(err).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });

  it('a refused command prints one line, exits 1 and still closes the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muskel-cli-'));
    try {
      expect(muskel('meeting', 'list', '--data-dir', dir).code).toBe(0);
      const run = muskel('minutes', '--meeting', '99', '--out', join(dir, 'ba.pdf'), '--data-dir', dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('Gagal: Data kelurahan belum diisi. Buka Pengaturan terlebih dahulu.\n');
      // SQLite removes the WAL file when the last connection closes; a process that exits with it open leaves it behind.
      expect(readdirSync(dir).filter((f) => f.startsWith('muskel.sqlite'))).toEqual(['muskel.sqlite']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('muskel and the locked data folder', () => {
  it('creates a new folder encrypted with MUSKEL_DB_PASSPHRASE and prints the recovery code once, on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muskel-cli-vault-'));
    try {
      const first = muskel('meeting', 'list', '--data-dir', dir);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(/KODE PEMULIHAN \(hanya ditampilkan sekali[^:]*\): ([0-9A-Z]{5}-){6}[0-9A-Z]{5}\n$/);
      expect(first.stdout).toBe('Belum ada musyawarah.\n');
      const second = muskel('meeting', 'list', '--data-dir', dir);
      expect(second.stderr).toBe('');
      expect(run(['vault', 'status', '--data-dir', dir]).stdout).toContain('terenkripsi');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses at once without a passphrase and without a terminal (exit 2), creating no folder where none was, and a wrong one (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muskel-cli-vault-'));
    try {
      expect(muskel('meeting', 'list', '--data-dir', dir).code).toBe(0);
      const env = { ...process.env };
      delete env.MUSKEL_DB_PASSPHRASE;
      const none = run(['meeting', 'list', '--data-dir', dir], { env, timeout: 10_000 });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('Gagal: folder data terkunci. Frasa sandi folder data dibaca dari variabel MUSKEL_DB_PASSPHRASE');
      const missing = join(dir, 'salah-ketik');
      const notYet = run(['meeting', 'list', '--data-dir', missing], { env, timeout: 10_000 });
      expect(notYet.code).toBe(2);
      expect(notYet.stderr).toBe(`Gagal: belum ada folder data Muskel di ${missing}. Folder data baru dibuat (terenkripsi) bila frasa sandinya diberikan. Frasa sandi folder data dibaca dari variabel MUSKEL_DB_PASSPHRASE, atau ditanyakan bila perintah dijalankan di terminal.\n`);
      expect(run(['vault', 'status', '--data-dir', missing], { env }).stdout).toBe(`Folder data ${missing}: belum dibuat.\n`);
      expect(existsSync(missing)).toBe(false);
      const wrong = run(['meeting', 'list', '--data-dir', dir], { env: { ...env, MUSKEL_DB_PASSPHRASE: 'bukan frasa sandinya' } });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toBe('Gagal: Frasa sandi folder data salah. Data tidak diubah.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('muskel backup and muskel doctor', () => {
  it('creates a backup on a flash disk, lists it, restores it into a new folder with the passphrase, and the doctor finds the result sound', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muskel-cli-backup-'));
    try {
      const [data, flashDisk, otherPc] = ['data', 'flashdisk', 'pc-lain'].map((name) => join(dir, name)) as [string, string, string];
      expect(muskel('demo', '--households', '70', '--seed', '2', '--data-dir', data).code).toBe(0);
      const created = muskel('backup', 'create', '--out', flashDisk, '--json', '--data-dir', data);
      expect(created.stderr).toBe('');
      const backup = JSON.parse(created.stdout) as { file: string; counts: { households: number } };
      expect(backup.counts.households).toBe(70);
      const listed = muskel('backup', 'list', '--dir', flashDisk, '--data-dir', data);
      expect(listed.stdout).toMatch(/Dibuat operator · Kelurahan Dinoyo · \d+ musyawarah · 70 keluarga · [\d,]+ MB\n/);

      const restored = muskel('backup', 'restore', backup.file, '--data-dir', otherPc);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/^Dipulihkan dan diperiksa: .*70 keluarga/);
      const doctor = muskel('doctor', '--json', '--data-dir', otherPc);
      expect(doctor.code).toBe(0);
      expect(JSON.parse(doctor.stdout)).toMatchObject({ problems: [], checked: { pages: true } });
      expect(muskel('doctor', '--data-dir', otherPc).stdout).toMatch(/^Folder data sehat: basis data utuh, \d+ catatan audit tidak terputus, 0 lampiran cocok\.\n$/);

      const wrong = run(['backup', 'restore', backup.file, '--data-dir', join(dir, 'pc-ketiga')], { env: { ...process.env, MUSKEL_DB_PASSPHRASE: 'bukan frasa sandinya' } });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toBe('Gagal: Frasa sandi folder data salah. Data tidak diubah.\n');
      expect(muskel('backup', 'restore', join(dir, 'tidak-ada.zip'), '--data-dir', data).stderr).toMatch(/^Gagal: Berkas tidak-ada\.zip bukan cadangan Muskel yang utuh/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
