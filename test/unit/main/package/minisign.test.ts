import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MinisignError, decryptSecretKey, encryptSecretKey, generateKeyPair, keyIdHex, parsePublicKey, publicKeyFile, scryptParams, sign, verify,
} from '../../../../main/package/minisign';

const dir = mkdtempSync(join(tmpdir(), 'muskel-minisign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('minisign formats', () => {
  it("derives scrypt parameters as libsodium does (minisign's default and ours)", () => {
    expect(scryptParams(33_554_432, 1_073_741_824)).toEqual({ N: 2 ** 20, r: 8, p: 1 });
    expect(scryptParams(4_194_304, 134_217_728)).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });

  it('signs so that the minisign tool verifies, with our trusted comment', () => {
    const key = generateKeyPair();
    const content = 'isi tagmanifest\n';
    const path = file('a.txt', content);
    file('a.txt.minisig', sign(key, Buffer.from(content), 'usulan-3573051004-20261128-01 Payload-Oxum=10.2'));
    const pub = file('a.pub', publicKeyFile(key));
    const out = execFileSync('minisign', ['-Vm', path, '-p', pub], { encoding: 'utf8' });
    expect(out).toContain('Signature and comment signature verified');
    expect(out).toContain('Trusted comment: usulan-3573051004-20261128-01 Payload-Oxum=10.2');
    expect(readFileSync(pub, 'utf8')).toContain(`minisign public key ${keyIdHex(key.keyId)}`);
  });

  it('the minisign tool refuses a signature once the file changes', () => {
    const key = generateKeyPair();
    const path = file('b.txt', 'asli');
    file('b.txt.minisig', sign(key, Buffer.from('asli'), 'x'));
    writeFileSync(path, 'diubah');
    const run = spawnSync('minisign', ['-Vm', path, '-p', file('b.pub', publicKeyFile(key))], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
  });

  it('writes an encrypted secret key the minisign tool can sign with, and reads it back', async () => {
    const key = generateKeyPair();
    const secret = file('c.key', await encryptSecretKey(key, 'rahasia kelurahan'));
    const path = file('c.txt', 'ditandatangani oleh minisign');
    const run = spawnSync('minisign', ['-S', '-s', secret, '-m', path, '-t', 'dari CLI'], { input: 'rahasia kelurahan\n', encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(verify(key, readFileSync(path), readFileSync(`${path}.minisig`, 'utf8'))).toEqual({ keyId: keyIdHex(key.keyId), trustedComment: 'dari CLI' });
    const back = await decryptSecretKey(readFileSync(secret, 'utf8'), 'rahasia kelurahan');
    expect(back.publicKey.equals(key.publicKey)).toBe(true);
    await expect(decryptSecretKey(readFileSync(secret, 'utf8'), 'salah')).rejects.toThrow('Frasa sandi kunci salah');
  });

  it('verifies a file the minisign tool signed with a key it made itself', () => {
    const pub = join(dir, 'cli.pub');
    const sec = join(dir, 'cli.key');
    execFileSync('minisign', ['-G', '-W', '-p', pub, '-s', sec]);
    const path = file('d.txt', 'dari minisign');
    execFileSync('minisign', ['-S', '-s', sec, '-m', path, '-t', 'komentar tepercaya']);
    const result = verify(parsePublicKey(readFileSync(pub, 'utf8')), readFileSync(path), readFileSync(`${path}.minisig`, 'utf8'));
    expect(result.trustedComment).toBe('komentar tepercaya');
    expect(() => verify(parsePublicKey(readFileSync(pub, 'utf8')), Buffer.from('lain'), readFileSync(`${path}.minisig`, 'utf8'))).toThrow(MinisignError);
  });

  it('names the problem: another key, garbage, an edited trusted comment', () => {
    const key = generateKeyPair();
    const other = generateKeyPair();
    const sig = sign(key, Buffer.from('x'), 'asli');
    expect(() => verify(other, Buffer.from('x'), sig)).toThrow(/Ditandatangani dengan kunci [0-9A-F]{16}, bukan kunci/);
    expect(() => verify(key, Buffer.from('x'), 'sampah\n!!!\n')).toThrow('Tanda tangan tidak diawali');
    expect(() => verify(key, Buffer.from('x'), sig.replace('trusted comment: asli', 'trusted comment: palsu'))).toThrow('Komentar tepercaya telah diubah');
  });
});
