import { randomBytes, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';

/**
 * minisign (https://jedisct1.github.io/minisign/) key, secret-key and signature formats, so that the
 * reference `minisign` tool verifies what we sign and signs with the keys we make.
 * Ed25519 from @noble/curves, BLAKE2b from @noble/hashes (Electron's crypto has no BLAKE2), scrypt from Node.
 */
const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

export interface KeyPair {
  keyId: Buffer;
  publicKey: Buffer;
  seed: Buffer;
}

export interface PublicKey {
  keyId: Buffer;
  publicKey: Buffer;
}

/** 128 MiB, N = 2^17: slow to guess, about half a second to sign on an office laptop. */
export const KDF_LIMITS = { opslimit: 4_194_304, memlimit: 134_217_728 } as const;

export class MinisignError extends Error {}

/** minisign prints the key id as the little-endian 64-bit number in upper-case hex. */
export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

export function generateKeyPair(): KeyPair {
  const seed = randomBytes(32);
  return { keyId: randomBytes(8), seed, publicKey: Buffer.from(ed25519.getPublicKey(seed)) };
}

export function publicKeyFile(key: PublicKey): string {
  const body = Buffer.concat([Buffer.from('Ed'), key.keyId, key.publicKey]).toString('base64');
  return `untrusted comment: minisign public key ${keyIdHex(key.keyId)}\n${body}\n`;
}

function decodeLine(line: string | undefined, bytes: number, what: string): Buffer {
  if (line === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(line.trim())) throw new MinisignError(`${what} bukan base64 yang sah`);
  const decoded = Buffer.from(line.trim(), 'base64');
  if (decoded.length !== bytes) throw new MinisignError(`${what} berukuran ${decoded.length} byte, seharusnya ${bytes}`);
  return decoded;
}

/** Reads a `.pub` file or a bare base64 public key. */
export function parsePublicKey(text: string): PublicKey {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const line = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0];
  const raw = decodeLine(line, 42, 'Kunci publik');
  if (raw.subarray(0, 2).toString('latin1') !== 'Ed') throw new MinisignError('Kunci publik bukan kunci Ed25519 minisign');
  return { keyId: raw.subarray(2, 10), publicKey: raw.subarray(10, 42) };
}

/** libsodium's crypto_pwhash_scryptsalsa208sha256 parameter choice, which minisign relies on. */
export function scryptParams(opslimit: number, memlimit: number): { N: number; r: number; p: number } {
  const ops = Math.max(opslimit, 32768);
  const r = 8;
  const log2Below = (maxN: number) => {
    let n = 1;
    while (n < 63 && 2 ** n <= maxN / 2) n++;
    return n;
  };
  if (ops < memlimit / 32) {
    return { N: 2 ** log2Below(ops / (r * 4)), r, p: 1 };
  }
  const nLog2 = log2Below(memlimit / (r * 128));
  const maxrp = Math.min(Math.floor(ops / 4 / 2 ** nLog2), 0x3fffffff);
  return { N: 2 ** nLog2, r, p: Math.max(1, Math.floor(maxrp / r)) };
}

async function keystream(passphrase: string, salt: Buffer, opslimit: number, memlimit: number): Promise<Buffer> {
  const { N, r, p } = scryptParams(opslimit, memlimit);
  return scrypt(passphrase, salt, 104, { N, r, p, maxmem: 128 * N * r * p + 16 * 1024 * 1024 });
}

function checksum(keyId: Buffer, secret: Buffer): Buffer {
  return Buffer.from(blake2b(Buffer.concat([Buffer.from('Ed'), keyId, secret]), { dkLen: 32 }));
}

function xor(a: Buffer, b: Buffer): Buffer {
  return Buffer.from(a.map((byte, i) => byte ^ (b[i] ?? 0)));
}

/** The secret key encrypted with the passphrase, in minisign's own file format. */
export async function encryptSecretKey(key: KeyPair, passphrase: string, limits = KDF_LIMITS): Promise<string> {
  const secret = Buffer.concat([key.seed, key.publicKey]);
  const plain = Buffer.concat([key.keyId, secret, checksum(key.keyId, secret)]);
  const salt = randomBytes(32);
  const ops = Buffer.alloc(8);
  ops.writeBigUInt64LE(BigInt(limits.opslimit));
  const mem = Buffer.alloc(8);
  mem.writeBigUInt64LE(BigInt(limits.memlimit));
  const sealed = xor(plain, await keystream(passphrase, salt, limits.opslimit, limits.memlimit));
  const body = Buffer.concat([Buffer.from('EdScB2'), salt, ops, mem, sealed]).toString('base64');
  return `untrusted comment: minisign encrypted secret key\n${body}\n`;
}

export async function decryptSecretKey(text: string, passphrase: string): Promise<KeyPair> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const raw = decodeLine(lines[1], 158, 'Kunci rahasia');
  if (raw.subarray(0, 6).toString('latin1') !== 'EdScB2') throw new MinisignError('Berkas kunci rahasia bukan format minisign terenkripsi');
  const salt = raw.subarray(6, 38);
  const opslimit = Number(raw.readBigUInt64LE(38));
  const memlimit = Number(raw.readBigUInt64LE(46));
  if (memlimit > 2 ** 31) throw new MinisignError('Parameter kunci rahasia terlalu besar');
  const plain = xor(raw.subarray(54), await keystream(passphrase, salt, opslimit, memlimit));
  const keyId = plain.subarray(0, 8);
  const secret = plain.subarray(8, 72);
  if (!checksum(keyId, secret).equals(plain.subarray(72, 104))) throw new MinisignError('Frasa sandi kunci salah');
  return { keyId, seed: secret.subarray(0, 32), publicKey: secret.subarray(32, 64) };
}

/** Signs (BLAKE2b-512 prehashed, algorithm "ED") with a trusted comment; returns the .minisig text. */
export function sign(key: KeyPair, content: Uint8Array, trustedComment: string, untrustedComment = 'signature from Muskel'): string {
  if (/[\r\n]/.test(trustedComment + untrustedComment)) throw new MinisignError('Komentar tanda tangan tidak boleh berisi baris baru');
  const signature = Buffer.from(ed25519.sign(blake2b(content), key.seed));
  const line = Buffer.concat([Buffer.from('ED'), key.keyId, signature]).toString('base64');
  const global = Buffer.from(ed25519.sign(Buffer.concat([signature, Buffer.from(trustedComment)]), key.seed)).toString('base64');
  return `untrusted comment: ${untrustedComment}\n${line}\ntrusted comment: ${trustedComment}\n${global}\n`;
}

export interface Verified {
  keyId: string;
  trustedComment: string;
}

/** Checks a .minisig against the content and one public key; throws MinisignError with the reason. */
export function verify(key: PublicKey, content: Uint8Array, minisig: string): Verified {
  const lines = minisig.split(/\r?\n/);
  if (!lines[0]?.startsWith('untrusted comment:')) throw new MinisignError('Tanda tangan tidak diawali "untrusted comment:"');
  // minisign's format is exactly four lines; anything after them would be bytes nobody signed.
  if (lines.length > 5 || (lines.length === 5 && lines[4] !== '')) throw new MinisignError('Berkas tanda tangan berisi tambahan setelah empat baris minisign');
  const raw = decodeLine(lines[1], 74, 'Tanda tangan');
  const algorithm = raw.subarray(0, 2).toString('latin1');
  if (algorithm !== 'ED' && algorithm !== 'Ed') throw new MinisignError(`Algoritma tanda tangan "${algorithm}" tidak dikenal`);
  const keyId = raw.subarray(2, 10);
  if (!keyId.equals(key.keyId)) {
    throw new MinisignError(`Ditandatangani dengan kunci ${keyIdHex(keyId)}, bukan kunci ${keyIdHex(key.keyId)} yang diberikan`);
  }
  const signature = raw.subarray(10, 74);
  const message = algorithm === 'ED' ? blake2b(content) : content;
  if (!ed25519.verify(signature, message, key.publicKey)) throw new MinisignError('Tanda tangan tidak cocok dengan isi berkas');
  const trustedLine = lines[2] ?? '';
  if (!trustedLine.startsWith('trusted comment: ')) throw new MinisignError('Komentar tepercaya (trusted comment) tidak ada');
  const trustedComment = trustedLine.slice('trusted comment: '.length);
  const global = decodeLine(lines[3], 64, 'Tanda tangan komentar tepercaya');
  if (!ed25519.verify(global, Buffer.concat([signature, Buffer.from(trustedComment)]), key.publicKey)) {
    throw new MinisignError('Komentar tepercaya telah diubah');
  }
  return { keyId: keyIdHex(keyId), trustedComment };
}
