import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import { schemaVersion, useKey } from '../../../../main/db/open';
import { backupDirOf } from '../../../../main/backup/backup-folder';
import { BackupReader } from '../../../../main/backup/read-backup';
import { addEvidence, readEvidence } from '../../../../main/services/evidence';
import { fillDemo } from '../../../../main/services/demo';
import { saveSettings } from '../../../../main/services/settings';
import { runDoctor } from '../../../../main/services/doctor';
import type { ServiceContext } from '../../../../main/services/context';
import { DataFolder } from '../../../../main/vault/data-folder';
import { FIXED_NOW } from '../../../fixtures/clock';
import { manifestOf, withManifest } from '../../../fixtures/backup';
import { migrateTo } from '../../../fixtures/migrations';
import { SETTINGS } from '../../../fixtures/settings';
import { fakeKeyStore, filesHolding } from '../../../fixtures/vault';
import { startBackup } from '../../../../main/backup/start-backup';

const PASSPHRASE = 'frasa sandi folder data dinoyo';
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('foto KK keluarga uji')]);
const dirs: string[] = [];
const folders: DataFolder[] = [];
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'muskel-backup-'));
  dirs.push(d);
  return d;
};
let clock = FIXED_NOW;
const now = () => clock;
beforeEach(() => {
  clock = FIXED_NOW;
});
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => f.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(folder: DataFolder): ServiceContext {
  const ctx = folder.context();
  if (!ctx) throw new Error('not open');
  ctx.session.operator = 'Operator Uji';
  return ctx;
}

async function filledFolder(options: { osKeyStore?: ReturnType<typeof fakeKeyStore> } = {}) {
  const dir = newDir();
  const folder = new DataFolder(dir, 'cli', { now, ...options });
  folders.push(folder);
  const { recoveryCode } = await folder.setup(PASSPHRASE, options.osKeyStore !== undefined);
  const ctx = open(folder);
  await fillDemo(ctx, { households: 70, seed: 4 });
  const evidence = addEvidence(ctx, { proposalId: firstProposal(ctx), kind: 'KK', fileName: 'kk.jpg', contentBase64: PHOTO.toString('base64') });
  const people = ctx.db.prepare('SELECT nik, name FROM members ORDER BY id LIMIT 20').all() as { nik: string; name: string }[];
  return { dir, folder, ctx, recoveryCode, evidenceId: evidence.id, needles: people.flatMap((p) => (p.name.length >= 8 ? [p.nik, p.name] : [p.nik])) };
}

const firstProposal = (ctx: ServiceContext) => ctx.db.prepare("SELECT min(p.id) FROM proposals p JOIN meetings m ON m.id = p.meeting_id WHERE m.status != 'SELESAI'").pluck().get() as number;
const count = (ctx: ServiceContext, table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function manualBackup(ctx: ServiceContext, folder?: string) {
  const job = startBackup(ctx, folder);
  await ctx.backups.settleAll();
  const done = ctx.backups.status(job.id);
  if (!done.result) throw new Error(done.error ?? 'no backup');
  return done.result;
}

describe('a backup', () => {
  it('is one encrypted, self-describing file, private to the user, with no NIK or name readable in it', async () => {
    const { ctx, needles } = await filledFolder();
    const flashDisk = newDir();
    const backup = await manualBackup(ctx, flashDisk);
    expect(backup.fileName).toMatch(/^muskel-cadangan-3573051004-\d{8}-\d{6}-manual\.muskel-cadangan$/);
    expect(backup).toMatchObject({ kind: 'MANUAL', kelurahan: { code: '3573051004', name: 'Dinoyo' }, counts: { households: 70, evidence: 1 } });
    expect(statSync(backup.file).mode & 0o777).toBe(0o600);
    expect(filesHolding(flashDisk, needles)).toEqual([]);
    // Described by its own tail, readable with `tail -c 32` and no Muskel: the manifest's length, then the manifest.
    expect(execFileSync('tail', ['-c', '32', backup.file]).toString()).toMatch(/^\n\d{12}\nMUSKEL-CADANGAN-1\n$/);
    const manifest = manifestOf(backup.file);
    expect(manifest.files.map((f) => f.path.replace(/[0-9a-f]{64}$/, 'SHA'))).toEqual(['muskel.sqlite', 'kunci-data.json', 'lampiran/SHA']);
    expect(manifest).toMatchObject({ format: 'muskel-cadangan', kind: 'MANUAL', schemaVersion: MIGRATIONS.length, counts: { households: 70 } });
    const keyFile = JSON.parse((await BackupReader.open(backup.file).readSmall('kunci-data.json')).toString()) as { os: unknown };
    expect(keyFile.os).toBeNull();
  });

  it('started twice in the same second gives two files, neither replacing the other', async () => {
    const { ctx } = await filledFolder();
    const dir = newDir();
    const jobs = [startBackup(ctx, dir), startBackup(ctx, dir)];
    await ctx.backups.settleAll();
    const files = jobs.map((job) => ctx.backups.status(job.id).result?.fileName);
    expect(files).toEqual([expect.stringMatching(/-manual\.muskel-cadangan$/), expect.stringMatching(/-manual-2\.muskel-cadangan$/)]);
    expect(readdirSync(dir).sort()).toEqual([...(files as string[])].sort());
  });

  it('restores on another PC with the passphrase or the recovery code: every household, meeting and evidence file', async () => {
    const { ctx, recoveryCode, evidenceId } = await filledFolder({ osKeyStore: fakeKeyStore() });
    const backup = await manualBackup(ctx, newDir());
    const households = count(ctx, 'households');
    for (const secret of [{ passphrase: PASSPHRASE }, { recoveryCode }]) {
      const other = new DataFolder(newDir(), 'cli', { now });
      folders.push(other);
      expect(other.state()).toBe('NEW');
      await expect(other.restore({ file: backup.file, secret: null, confirmOtherKelurahan: false })).rejects.toMatchObject({ field: 'secret' });
      await expect(other.restore({ file: backup.file, secret: { passphrase: 'bukan frasa sandinya' }, confirmOtherKelurahan: false })).rejects.toThrow('Frasa sandi folder data salah');
      expect(other.state()).toBe('NEW');
      await other.restore({ file: backup.file, secret, confirmOtherKelurahan: false });
      const restored = open(other);
      expect(count(restored, 'households')).toBe(households);
      expect(Buffer.from(readEvidence(restored, evidenceId).contentBase64, 'base64').equals(PHOTO)).toBe(true);
      expect(other.rememberedOnThisComputer()).toBe(false);
      await other.close();
      const reopened = new DataFolder(other.dataDir, 'cli', { now });
      folders.push(reopened);
      await reopened.unlock({ passphrase: PASSPHRASE });
      expect(count(open(reopened), 'meetings')).toBe(count(ctx, 'meetings'));
    }
  });

  it('keeps the current data as a backup before swapping, and restores the state of its time', async () => {
    const { ctx, folder, dir } = await filledFolder();
    const backup = await manualBackup(ctx);
    const before = count(ctx, 'households');
    ctx.db.prepare('DELETE FROM household_programs').run();
    await folder.restore({ file: backup.file, secret: null, confirmOtherKelurahan: false });
    const restored = open(folder);
    expect(count(restored, 'households')).toBe(before);
    expect(count(restored, 'household_programs')).toBeGreaterThan(0);
    const kinds = folder.backups().map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['MANUAL', 'SEBELUM_PEMULIHAN']));
    expect(readdirSync(backupDirOf(dir)).filter((n) => !n.endsWith('.muskel-cadangan'))).toEqual([]);
    expect(restored.db.prepare("SELECT after FROM audit_log WHERE entity = 'FOLDER_DATA' ORDER BY id DESC LIMIT 1").pluck().get()).toContain('Dipulihkan dari cadangan');
  });

  it('is refused whole when any byte of it changed, and the current data stays as it was', async () => {
    const { ctx, folder } = await filledFolder();
    const backup = await manualBackup(ctx, newDir());
    const bytes = readFileSync(backup.file);
    const households = count(ctx, 'households');
    for (const offset of [200, Math.floor(bytes.length / 2), bytes.length - 300]) {
      const tampered = join(newDir(), 'cadangan-diubah.muskel-cadangan');
      const copy = Buffer.from(bytes);
      copy[offset] = (copy[offset] ?? 0) ^ 0x01;
      writeFileSync(tampered, copy);
      await expect(folder.restore({ file: tampered, secret: null, confirmOtherKelurahan: false })).rejects.toThrow(/cadangan/i);
      expect(count(open(folder), 'households')).toBe(households);
    }
    const relabelled = join(newDir(), 'cadangan-label-diubah.muskel-cadangan');
    withManifest(backup.file, relabelled, (m) => ({ ...m, counts: { ...m.counts, households: 9999 } }));
    await expect(folder.restore({ file: relabelled, secret: null, confirmOtherKelurahan: false })).rejects.toThrow('keterangan cadangan (cadangan.json) telah diubah');
  });

  it('of another kelurahan needs an explicit confirmation; one from a newer schema is always refused', async () => {
    const { ctx, folder } = await filledFolder();
    const backup = await manualBackup(ctx, newDir());
    const { ctx: otherCtx, folder: otherFolder } = await filledFolder();
    await saveSettings(otherCtx, { ...SETTINGS, kelurahanCode: '3573051005' });
    await expect(otherFolder.restore({ file: backup.file, secret: { passphrase: PASSPHRASE }, confirmOtherKelurahan: false })).rejects.toMatchObject({ field: 'confirmOtherKelurahan' });
    await otherFolder.restore({ file: backup.file, secret: { passphrase: PASSPHRASE }, confirmOtherKelurahan: true });
    expect(open(otherFolder).db.prepare('SELECT kelurahan_code FROM settings').pluck().get()).toBe('3573051004');

    const newer = join(newDir(), 'cadangan-baru.muskel-cadangan');
    withManifest(backup.file, newer, (m) => ({ ...m, schemaVersion: 99 }));
    await expect(folder.restore({ file: newer, secret: null, confirmOtherKelurahan: true })).rejects.toThrow('versi Muskel yang lebih baru');
  });

  it('is taken once a day at open (twice opened, once kept), and rotated to 7 daily and 4 weekly', async () => {
    const { folder, dir } = await filledFolder();
    await folder.close();
    const days = 12;
    for (let day = 0; day < days; day++) {
      clock = new Date(FIXED_NOW.getTime() + day * 86_400_000);
      for (let opening = 0; opening < 2; opening++) {
        const again = new DataFolder(dir, 'cli', { now });
        await again.unlock({ passphrase: PASSPHRASE });
        await again.close();
      }
    }
    const daily = readdirSync(backupDirOf(dir)).filter((n) => n.endsWith('-harian.muskel-cadangan'));
    // 7 newest days, plus the newest of older weeks among the 4 most recent weeks.
    expect(daily.length).toBeGreaterThanOrEqual(7);
    expect(daily.length).toBeLessThanOrEqual(9);
    expect(new Set(daily.map((n) => n.split('-')[3])).size).toBe(daily.length);
  });
});

describe('a schema migration', () => {
  it('is preceded by a backup of the old schema, which restores', async () => {
    const dir = newDir();
    const folder = new DataFolder(dir, 'cli', { now });
    await folder.setup(PASSPHRASE, false);
    const dataKey = Buffer.from(open(folder).dataKey);
    await folder.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `muskel.sqlite${suffix}`), { force: true });
    const old = new Database(join(dir, 'muskel.sqlite'));
    useKey(old, dataKey);
    migrateTo(old, MIGRATIONS.length - 1);
    old.close();
    const upgraded = new DataFolder(dir, 'cli', { now });
    folders.push(upgraded);
    await upgraded.unlock({ passphrase: PASSPHRASE });
    expect(schemaVersion(open(upgraded).db)).toBe(MIGRATIONS.length);
    const [before] = upgraded.backups().filter((b) => b.kind === 'SEBELUM_MIGRASI');
    expect(before?.schemaVersion).toBe(MIGRATIONS.length - 1);
    await upgraded.restore({ file: before?.file ?? '', secret: null, confirmOtherKelurahan: false });
    expect(schemaVersion(open(upgraded).db)).toBe(MIGRATIONS.length);
  });
});

describe('a damaged database', () => {
  it('opens the restore screen state instead of failing, and a backup brings it back', async () => {
    const { ctx, folder, dir } = await filledFolder();
    const backup = await manualBackup(ctx);
    const households = count(ctx, 'households');
    await folder.close();
    const file = join(dir, 'muskel.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096 * 3, 4096 * 5);
    writeFileSync(file, bytes);
    const damaged = new DataFolder(dir, 'cli', { now });
    folders.push(damaged);
    await expect(damaged.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(damaged.state()).toBe('DAMAGED');
    const [newest] = damaged.backups();
    expect(newest?.file).toBe(backup.file);
    await damaged.restore({ file: backup.file, secret: { passphrase: PASSPHRASE }, confirmOtherKelurahan: false });
    expect(damaged.state()).toBe('OPEN');
    expect(count(open(damaged), 'households')).toBe(households);
    // The damaged files were moved aside into cadangan/, not deleted.
    const aside = readdirSync(backupDirOf(dir)).filter((n) => n.startsWith('sebelum-pemulihan-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(backupDirOf(dir), aside[0] ?? '', 'muskel.sqlite'))).toBe(true);
  });

  it('a restore interrupted after its journal was written is finished at the next start', async () => {
    const { ctx, folder, dir } = await filledFolder();
    const backup = await manualBackup(ctx);
    const households = count(ctx, 'households');
    ctx.db.prepare('DELETE FROM household_programs').run();
    await folder.close();
    // Stage as a restore would, then stop right after the journal and the first move, as a kill -9 would.
    const staging = join(dir, 'sementara', '999999-abcdef');
    mkdirSync(staging, { recursive: true });
    await BackupReader.open(backup.file).extractTo(staging, () => undefined);
    const aside = join(dir, 'cadangan', 'sebelum-pemulihan-uji');
    mkdirSync(aside, { recursive: true });
    copyFileSync(join(dir, 'muskel.sqlite'), join(aside, 'muskel.sqlite'));
    rmSync(join(dir, 'muskel.sqlite'));
    writeFileSync(join(dir, 'pemulihan.json'), JSON.stringify({ staging, aside }));
    const next = new DataFolder(dir, 'cli', { now });
    folders.push(next);
    expect(existsSync(join(dir, 'pemulihan.json'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    await next.unlock({ passphrase: PASSPHRASE });
    expect(count(open(next), 'households')).toBe(households);
    expect(count(open(next), 'household_programs')).toBeGreaterThan(0);
  });
});

describe('muskel doctor', () => {
  it('finds nothing in a healthy folder, and names a missing and an altered evidence file', async () => {
    const { ctx, dir } = await filledFolder();
    expect((await runDoctor(ctx)).problems).toEqual([]);
    const second = addEvidence(ctx, { proposalId: firstProposal(ctx), kind: 'KTP', fileName: 'ktp.jpg', contentBase64: Buffer.concat([PHOTO, Buffer.from('2')]).toString('base64') });
    const files = readdirSync(join(dir, 'lampiran'));
    expect(files).toHaveLength(2);
    rmSync(join(dir, 'lampiran', files[0] ?? ''));
    const other = join(dir, 'lampiran', files[1] ?? '');
    const bytes = readFileSync(other);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
    writeFileSync(other, bytes);
    const report = await runDoctor(ctx);
    expect(report.checked.evidenceFiles).toBe(2);
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringContaining('berkas tidak ada'), expect.stringContaining('rusak atau telah diubah')]));
    expect(second.id).toBeGreaterThan(0);
  });
});
