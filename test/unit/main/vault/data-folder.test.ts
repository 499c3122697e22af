import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, readEvidence } from '../../../../main/services/evidence';
import { fillDemo } from '../../../../main/services/demo';
import { history } from '../../../../main/services/audit';
import { DataFolder } from '../../../../main/vault/data-folder';
import { KEY_FILE_NAME, pendingKeyFilePath } from '../../../../main/vault/key-file';
import type { OsKeyStore } from '../../../../main/vault/os-key-store';
import { OLD_FOLDER, writePlaintextFolder } from '../../../fixtures/plaintext-folder';
import { rawDb } from '../../../fixtures/context';
import { fakeKeyStore, filesHolding } from '../../../fixtures/vault';

const PASSPHRASE = 'frasa sandi folder data dinoyo';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-vault-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function filled(options: { osKeyStore?: OsKeyStore } = {}): Promise<{ folder: DataFolder; recoveryCode: string; names: string[] }> {
  const folder = new DataFolder(dir, 'cli', options);
  const { recoveryCode } = await folder.setup(PASSPHRASE, options.osKeyStore !== undefined);
  const ctx = folder.context();
  if (!ctx) throw new Error('not open');
  ctx.session.operator = 'Operator Uji';
  await fillDemo(ctx, { households: 70, seed: 4 });
  const rows = ctx.db.prepare('SELECT nik, name FROM members ORDER BY id LIMIT 40').all() as { nik: string; name: string }[];
  const kks = ctx.db.prepare('SELECT no_kk FROM households LIMIT 10').pluck().all() as string[];
  addEvidence(ctx, { proposalId: 40, kind: 'KTP', fileName: 'ktp.jpg', contentBase64: OLD_FOLDER.photo.toString('base64') });
  // A name of three letters ("Eko") turns up in megabytes of random ciphertext by chance; eight cannot.
  const names = rows.map((r) => r.name).filter((name) => name.length >= 8);
  return { folder, recoveryCode, names: [...rows.map((r) => r.nik), ...names, ...kks, 'foto KTP Budi Santoso'] };
}

describe('the data folder, encrypted at rest', () => {
  it('holds no NIK, name or No. KK in any file, as UTF-8 or UTF-16, not even in the WAL, and sqlite3 cannot read it', async () => {
    const { folder, names } = await filled();
    expect(names.length).toBeGreaterThan(80);
    expect(filesHolding(dir, names)).toEqual([]);
    await folder.close();
    expect(filesHolding(dir, names)).toEqual([]);
    expect(() => execFileSync('sqlite3', [join(dir, 'muskel.sqlite'), 'SELECT count(*) FROM households'], { stdio: 'pipe' })).toThrow(/not a database/);
    expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('opens with the passphrase, the recovery code or the OS key store; a wrong one changes nothing', async () => {
    const { folder, recoveryCode } = await filled({ osKeyStore: fakeKeyStore() });
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){6}[0-9A-HJKMNP-TV-Z]{5}$/);
    await folder.close();
    const keyFile = readFileSync(join(dir, KEY_FILE_NAME));
    const open = async (how: (f: DataFolder) => Promise<unknown>, options: { osKeyStore?: OsKeyStore } = {}) => {
      const f = new DataFolder(dir, 'cli', options);
      await how(f);
      const households = f.context()?.db.prepare('SELECT count(*) FROM households').pluck().get();
      await f.close();
      return households;
    };
    expect(await open((f) => f.unlock({ passphrase: PASSPHRASE }))).toBe(70);
    expect(await open((f) => f.unlock({ recoveryCode: recoveryCode.toLowerCase().replaceAll('-', ' ') }))).toBe(70);
    expect(await open((f) => f.unlockWithOsKeyStore(), { osKeyStore: fakeKeyStore() })).toBe(70);
    await expect(open((f) => f.unlock({ passphrase: 'bukan frasa sandinya' }))).rejects.toThrow('Frasa sandi folder data salah');
    await expect(open((f) => f.unlock({ recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }))).rejects.toThrow('Kode pemulihan salah');
    await expect(open((f) => f.unlock({ recoveryCode: 'terlalu pendek' }))).rejects.toThrow('Kode pemulihan salah');
    expect(await open((f) => f.unlockWithOsKeyStore(), {})).toBeUndefined();
    expect(readFileSync(join(dir, KEY_FILE_NAME)).equals(keyFile)).toBe(true);
  });

  it('changes the passphrase by rewrapping the key, with a new recovery code; the database is not rewritten', async () => {
    const { folder, recoveryCode } = await filled();
    const dataKey = Buffer.from(folder.context()?.dataKey ?? Buffer.alloc(0));
    await expect(folder.changePassphrase('salah sekali frasanya', 'frasa sandi yang baru sekali')).rejects.toThrow('Frasa sandi lama salah');
    const changed = await folder.changePassphrase(PASSPHRASE, 'frasa sandi yang baru sekali');
    expect(changed.recoveryCode).not.toBe(recoveryCode);
    await folder.close();
    // The same data key still reads the database: it was rewrapped, not replaced.
    const raw = rawDb({ dbFile: join(dir, 'muskel.sqlite'), dataKey });
    expect(raw.prepare('SELECT count(*) FROM households').pluck().get()).toBe(70);
    raw.close();
    const again = new DataFolder(dir, 'cli');
    await expect(again.unlock({ passphrase: PASSPHRASE })).rejects.toThrow('salah');
    await expect(again.unlock({ recoveryCode })).rejects.toThrow('salah');
    await again.unlock({ recoveryCode: changed.recoveryCode });
    await again.close();
    await new DataFolder(dir, 'cli').unlock({ passphrase: 'frasa sandi yang baru sekali' });
  });

  it('says what is missing when the key file is gone, and changes nothing', async () => {
    const { folder } = await filled();
    await folder.close();
    rmSync(join(dir, KEY_FILE_NAME));
    const f = new DataFolder(dir, 'cli');
    expect(f.state()).toBe('LOCKED');
    await expect(f.unlock({ passphrase: PASSPHRASE })).rejects.toThrow('Berkas kunci-data.json tidak ada di folder data');
    await expect(f.setup(PASSPHRASE, false)).rejects.toThrow('sudah disiapkan');
  });
});

describe('a folder from before encryption', () => {
  it('is encrypted in place on request: database and evidence, readable afterwards, recorded in the audit trail', async () => {
    writePlaintextFolder(dir);
    const folder = new DataFolder(dir, 'cli');
    expect(folder.state()).toBe('PLAINTEXT');
    expect(filesHolding(dir, [OLD_FOLDER.nik, OLD_FOLDER.name]).length).toBeGreaterThan(0);
    await folder.encryptExisting(PASSPHRASE, false);
    const ctx = folder.context();
    if (!ctx) throw new Error('not open');
    expect(Buffer.from(readEvidence(ctx, 1).contentBase64, 'base64').equals(OLD_FOLDER.photo)).toBe(true);
    expect(history(ctx, { meetingId: 1 })).toEqual([]);
    expect(ctx.db.prepare("SELECT after FROM audit_log WHERE entity = 'FOLDER_DATA'").pluck().all()).toEqual([JSON.stringify({ perubahan: 'Folder data lama dienkripsi', pintu: 'cli' })]);
    await folder.close();
    expect(filesHolding(dir, [OLD_FOLDER.nik, OLD_FOLDER.name, OLD_FOLDER.noKk, 'foto KTP'])).toEqual([]);
    await new DataFolder(dir, 'cli').unlock({ passphrase: PASSPHRASE });
  });

  it('survives a crash before the swap (old folder usable) and after it (new folder usable)', async () => {
    writePlaintextFolder(dir);
    writeFileSync(pendingKeyFilePath(dir), '{}');
    writeFileSync(join(dir, '.muskel.sqlite.999999-abcdef.tmp'), 'salinan setengah jadi');
    expect(new DataFolder(dir, 'cli').state()).toBe('PLAINTEXT');
    expect(readdirSync(dir).sort()).toEqual(['lampiran', 'muskel.sqlite']);

    const folder = new DataFolder(dir, 'cli');
    await folder.encryptExisting(PASSPHRASE, false);
    await folder.close();
    // As if the process had died between replacing the database and renaming the key file:
    writeFileSync(pendingKeyFilePath(dir), readFileSync(join(dir, KEY_FILE_NAME)));
    rmSync(join(dir, KEY_FILE_NAME));
    const after = new DataFolder(dir, 'cli');
    expect(after.state()).toBe('LOCKED');
    await after.unlock({ passphrase: PASSPHRASE });
    expect(after.context()?.db.prepare('SELECT count(*) FROM households').pluck().get()).toBe(1);
    await after.close();
  });
});
