import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { keyInfo } from '../../../../main/services/keys';
import { exportPackage } from '../../../../main/services/package-export';
import { startExport } from '../../../../main/services/package-jobs';
import { verifyPackage } from '../../../../main/package/verify-package';
import type { ExportResult } from '../../../../shared/package/export-schema';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { PASSPHRASE, readyToExport, unzipTo } from '../../../fixtures/package';
import { muskel } from '../../../fixtures/cli';
import { filesHolding } from '../../../fixtures/vault';

let ctx: TestContext;
let out: string;
let meetingId: number;
let dinsos: { identity: string; recipient: string };
let encrypted: ExportResult;
let pubFile: string;
let identityFile: string;

beforeAll(async () => {
  ctx = await tempContext();
  ({ meetingId, dinsos } = await readyToExport(ctx));
  out = mkdtempSync(join(tmpdir(), 'muskel-out-'));
  encrypted = await exportPackage(ctx, { meetingId, outDir: out, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
  pubFile = join(out, 'kelurahan.pub');
  writeFileSync(pubFile, keyInfo(ctx)?.publicKey ?? '');
  identityFile = join(out, 'dinsos-identity.txt');
  writeFileSync(identityFile, `# Dinsos\n${dinsos.identity}\n`);
}, 120_000);
afterAll(async () => {
  await ctx.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const scratchFiles = () => (existsSync(join(ctx.dataDir, 'sementara')) ? readdirSync(join(ctx.dataDir, 'sementara')) : []);

function entries(zip: string): Promise<{ name: string; method: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (err, z) => {
      if (err) return reject(err);
      const list: { name: string; method: number }[] = [];
      z.on('entry', (e: yauzl.Entry) => {
        list.push({ name: e.fileName, method: e.compressionMethod });
        z.readEntry();
      });
      z.on('end', () => resolve(list));
      z.readEntry();
    });
  });
}

describe('export to Dinsos', () => {
  it('writes one file under its final name, records it, and leaves no temp files', () => {
    expect(encrypted.fileName).toBe('usulan-3573051004-20261128-01.zip.age');
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(scratchFiles()).toEqual([]);
    const row = ctx.db.prepare('SELECT file_name, sha256, key_id, encrypted FROM exports').get();
    expect(row).toEqual({ file_name: encrypted.fileName, sha256: encrypted.sha256, key_id: encrypted.keyId, encrypted: 1 });
    expect(execFileSync('sha256sum', [encrypted.path], { encoding: 'utf8' })).toContain(encrypted.sha256);
  });

  it('decrypts with the age tool, and the bag passes minisign, sha256sum and sha512sum', () => {
    const zip = join(out, 'plain.zip');
    execFileSync('age', ['-d', '-i', identityFile, '-o', zip, encrypted.path]);
    const dir = join(out, 'unzipped');
    unzipTo(zip, dir);
    const bag = join(dir, 'usulan-3573051004-20261128-01');
    const verified = execFileSync('minisign', ['-Vm', join(bag, 'tagmanifest-sha512.txt'), '-p', pubFile], { encoding: 'utf8' });
    expect(verified).toContain('Trusted comment: usulan-3573051004-20261128-01 Payload-Oxum=');
    for (const tool of ['sha256sum', 'sha512sum']) {
      const algorithm = tool.replace('sum', '');
      expect(spawnSync(tool, ['-c', '--strict', `manifest-${algorithm}.txt`], { cwd: bag }).status).toBe(0);
      expect(spawnSync(tool, ['-c', '--strict', `tagmanifest-${algorithm}.txt`], { cwd: bag }).status).toBe(0);
    }
  });

  it('follows RFC 8493: declaration, manifests, Payload-Oxum, tag manifests, names, one top folder', async () => {
    const zip = join(out, 'plain.zip');
    const bag = join(out, 'unzipped', 'usulan-3573051004-20261128-01');
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    for (const label of ['Source-Organization: Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang', 'Contact-Name:', 'Bagging-Date: 2026-11-28', 'External-Identifier: MUSKEL-3573051004-20261127-', 'Bag-Software-Agent: Muskel', `Muskel-Signer-Key-Id: ${encrypted.keyId}`, `Muskel-Reply-Recipient: ${keyInfo(ctx)?.ownRecipient ?? ''}`]) {
      expect(info).toContain(label);
    }
    const payload = execFileSync('find', ['data', '-type', 'f'], { cwd: bag, encoding: 'utf8' }).trim().split('\n').sort();
    expect(payload).toEqual(['data/berita-acara.pdf', 'data/daftar-hadir.pdf', expect.stringMatching(/^data\/lampiran\/foto-depan-[0-9a-f]{16}\.jpg$/), 'data/usulan.csv', 'data/usulan.json', 'data/usulan.xlsx']);
    const bytes = payload.reduce((n, p) => n + readFileSync(join(bag, p)).length, 0);
    expect(info).toContain(`Payload-Oxum: ${bytes}.${payload.length}`);
    for (const algorithm of ['sha256', 'sha512']) {
      const lines = readFileSync(join(bag, `manifest-${algorithm}.txt`), 'utf8').trim().split('\n');
      expect(lines.map((l) => l.split('  ')[1]).sort()).toEqual(payload);
      for (const l of lines) expect(l).toMatch(new RegExp(`^[0-9a-f]{${algorithm === 'sha256' ? 64 : 128}}  data/[A-Za-z0-9._/-]+$`));
      const tags = readFileSync(join(bag, `tagmanifest-${algorithm}.txt`), 'utf8').trim().split('\n').map((l) => l.split('  ')[1]);
      expect(tags.sort()).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt']);
    }
    const listed = await entries(zip);
    expect(new Set(listed.map((e) => e.name.split('/')[0]))).toEqual(new Set(['usulan-3573051004-20261128-01']));
    for (const e of listed) expect(e.name).toMatch(/^[A-Za-z0-9._/-]+$/);
    expect(listed.find((e) => e.name.endsWith('.jpg'))?.method).toBe(0);
    expect(listed.find((e) => e.name.endsWith('usulan.json'))?.method).toBe(8);
  });

  it('carries JSON with a schema version, and a CSV/XLSX BNBA that agrees and defuses formulas', () => {
    const bag = join(out, 'unzipped', 'usulan-3573051004-20261128-01');
    const json = JSON.parse(readFileSync(join(bag, 'data', 'usulan.json'), 'utf8')) as { schemaVersion: number; proposals: { name: string; decision: string }[]; signerKeyId: string };
    expect(json.schemaVersion).toBe(1);
    expect(json.signerKeyId).toBe(encrypted.keyId);
    expect(json.proposals.map((p) => [p.name, p.decision])).toEqual([['Sutrisno Hadi', 'DISETUJUI'], ['Wahyuni Lestari', 'DITOLAK'], ['=CMD|calc', 'DISETUJUI']]);
    const csv = readFileSync(join(bag, 'data', 'usulan.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('"NO","NIK","NO_KK","NAMA","ALAMAT","RT","RW","KODE_KELURAHAN","KELURAHAN","KECAMATAN","DESIL","JENIS_USULAN","PROGRAM_DIUSULKAN","KEPUTUSAN","PERLU_GROUNDCHECK","KETERANGAN"');
    expect(csv).toContain(`"'=CMD|calc"`);
    expect(readFileSync(join(bag, 'data', 'berita-acara.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [join(bag, 'data', 'berita-acara.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Kunci penanda tangan paket: ${encrypted.keyId}`);
    const head = /Muskel-Audit-Head: (\d+):([0-9a-f]{64})/.exec(readFileSync(join(bag, 'bag-info.txt'), 'utf8'));
    expect(ctx.db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(Number(head?.[1]))).toBe(head?.[2]);
  });

  it('passes our own verification, from the service and from `muskel verify`', async () => {
    const verdict = await verifyPackage({ source: encrypted.path, identities: [dinsos.identity], publicKeys: [readFileSync(pubFile, 'utf8')] });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.payload?.proposals).toHaveLength(3);
    const run = muskel(['verify', encrypted.path, '--pubkey', pubFile, '--identity', identityFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SAH: paket usulan-3573051004-20261128-01 asli dan lengkap.');
  });

  it('reads a package encrypted by the age tool', async () => {
    const cliDir = mkdtempSync(join(tmpdir(), 'muskel-agecli-'));
    const target = join(cliDir, 'usulan-3573051004-20261128-01.zip.age');
    execFileSync('age', ['-r', dinsos.recipient, '-o', target, join(out, 'plain.zip')]);
    const verdict = await verifyPackage({ source: target, identities: [dinsos.identity], publicKeys: [readFileSync(pubFile, 'utf8')] });
    expect(verdict.ok, JSON.stringify(verdict.problems)).toBe(true);
    rmSync(cliDir, { recursive: true, force: true });
  });

  it('the office can reopen its own export with its own identity', async () => {
    const { ownIdentity } = await import('../../../../main/services/keys');
    const own = await ownIdentity(ctx, PASSPHRASE);
    const verdict = await verifyPackage({ source: encrypted.path, identities: [own], publicKeys: [readFileSync(pubFile, 'utf8')] });
    expect(verdict.ok).toBe(true);
  });

  it('refuses: an unfinished meeting, no encryption without the explicit choice, a wrong passphrase; nothing is written', async () => {
    const before = readdirSync(out).sort();
    const attempts: [unknown, string][] = [
      [{ meetingId, outDir: out, passphrase: PASSPHRASE, recipients: [], encrypt: false, acknowledgeUnencrypted: false }, 'Konfirmasi secara tegas diperlukan'],
      [{ meetingId, outDir: out, passphrase: 'salah sekali', recipients: [], encrypt: true, acknowledgeUnencrypted: false }, 'Frasa sandi kunci salah'],
    ];
    for (const [input, message] of attempts) {
      expect(await dispatch(ctx, 'packages.exportNow', input)).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } });
    }
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('reports progress in order, with the long packing step moving by the percent', async () => {
    const reports: { step: string; done: number }[] = [];
    await exportPackage(ctx, { meetingId, outDir: out, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }, (step, done) => reports.push({ step, done }));
    const dones = reports.map((r) => r.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(reports[0]).toEqual({ step: 'Menyusun data usulan', done: 0 });
    expect(reports.at(-1)).toEqual({ step: 'Menyimpan dengan nama akhir', done: 4 });
    const packing = reports.filter((r) => r.done > 3 && r.done < 4);
    expect(packing.length).toBeGreaterThan(2);
    for (const r of packing) expect(r.step).toMatch(/mengenkripsi \(age\): \d{1,2}%$/);
  });

  // After 2 steps the evidence is copied, after 3 the bag -> zip -> age -> disk stream starts, after 4 the rename.
  for (const step of [2, 3, 4]) {
    it(`stops when cancelled after ${String(step)} steps, leaving neither a package nor plaintext behind`, async () => {
      const before = readdirSync(out).sort();
      const abort = new AbortController();
      const attempt = exportPackage(ctx, { meetingId, outDir: out, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }, (_step, done) => {
        if (done === step) abort.abort();
      }, abort.signal);
      await expect(attempt).rejects.toThrow('Pembuatan paket dibatalkan');
      expect(readdirSync(out).sort()).toEqual(before);
      expect(scratchFiles()).toEqual([]);
    });
  }

  it('never puts a NIK in a file while it runs: sementara/ and the target folder, scanned at every progress report until cancelled mid-packing, hold none', async () => {
    const niks = ctx.db.prepare('SELECT nik FROM members').pluck().all() as string[];
    expect(niks.length).toBeGreaterThan(2);
    const target = mkdtempSync(join(tmpdir(), 'muskel-out-scan-'));
    const scratch = join(ctx.dataDir, 'sementara');
    const found: string[] = [];
    const seen: number[] = [];
    const abort = new AbortController();
    try {
      const attempt = exportPackage(ctx, { meetingId, outDir: target, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }, (_step, done) => {
        seen.push(done);
        found.push(...filesHolding(target, niks), ...(existsSync(scratch) ? filesHolding(scratch, niks) : []));
        if (done > 3) abort.abort();
      }, abort.signal);
      await expect(attempt).rejects.toThrow('Pembuatan paket dibatalkan');
      expect(seen.slice(0, 4)).toEqual([0, 1, 2, 3]);
      expect(seen.some((done) => done > 3 && done < 4)).toBe(true);
      expect(found).toEqual([]);
      expect(readdirSync(target)).toEqual([]);
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('exports unencrypted only after the explicit choice, and the audit trail says so', async () => {
    const plain = await exportPackage(ctx, { meetingId, outDir: out, passphrase: PASSPHRASE, recipients: [], encrypt: false, acknowledgeUnencrypted: true });
    expect(plain.fileName).toBe('usulan-3573051004-20261128-03.zip');
    const audit = ctx.db.prepare("SELECT after FROM audit_log WHERE entity = 'PAKET' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(audit).toContain('TANPA enkripsi');
    expect((await dispatch(ctx, 'packages.list', { meetingId })).ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('writes packages private to the OS user (0600), into a private kiriman/ (0700)', async () => {
    expect(statSync(encrypted.path).mode & 0o777).toBe(0o600);
    const job = startExport(ctx, { meetingId, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
    await vi.waitFor(() => expect(ctx.jobs.status(job.id).step).toBe('Selesai'), { timeout: 60_000 });
    const path = ctx.jobs.status(job.id).result?.path ?? '';
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(ctx.dataDir, 'kiriman')).mode & 0o777).toBe(0o700);
  }, 90_000);
});
