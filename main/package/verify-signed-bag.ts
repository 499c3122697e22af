import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AGE_HEADER, AGE_RECIPIENT, decryptedChunks } from './age-stream';
import { SIGNATURE } from './bagit';
import type { BagView } from './bagit';
import { verifyBag } from './bag-verify';
import { MinisignError, keyIdHex, parsePublicKey, verify } from './minisign';
import type { PublicKey } from './minisign';
import type { Problem } from '../../shared/package/verdict-schema';
import { SealedScratch } from './sealed-scratch';
import { clearStaleVerifications, verifyScratchDir } from './verify-scratch';
import { type ZipBag, type ZipSource, withZipBag } from './zip-read';

export const MAX_PACKAGE_BYTES = 4 * 1024 * 1024 * 1024;

export type Signer = { keyId: string; trustedComment: string } | null;

export interface SignedBagRequest<P> {
  /** The file: a path, or an upload sealed as it arrived (main/services/uploads.ts). */
  source: string | SealedScratch;
  /** The name the file came under (an upload is stored under another); the bag's name must match it. */
  fileName?: string;
  /** age identity files' text (AGE-SECRET-KEY-1...). */
  identities: readonly string[];
  /** minisign public keys (.pub text) of the signers trusted. */
  publicKeys: readonly string[];
  /** Called with the bag's files while they are still readable, only for a bag found valid (to import it). */
  accept?: (files: BagView, verdict: SignedBagVerdict<P>) => Promise<void>;
}

/** What kind of bag is expected: its folder's name and how its payload is checked. */
export interface BagKind<P> {
  name: RegExp;
  /** The name's shape, as the message says it. */
  nameShape: string;
  payload: (files: BagView, bag: string, signer: Signer, problems: Problem[]) => Promise<P | null>;
}

export interface SignedBagVerdict<P> {
  ok: boolean;
  fileName: string;
  bagName: string | null;
  problems: Problem[];
  signer: Signer;
  payload: P | null;
  /** The sender's age recipient from the signed bag-info.txt, if it gives one. */
  replyRecipient: string | null;
}

/** A failure inside `accept`: not a problem of the bag, so it is thrown on instead of reported. */
class AcceptFailed extends Error {
  constructor(readonly failure: unknown) {
    super('accept failed');
  }
}

async function startsWithAgeHeader(source: string | SealedScratch): Promise<boolean> {
  const head = Buffer.alloc(AGE_HEADER.length);
  if (typeof source === 'string') {
    const fd = openSync(source, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } else {
    let read = 0;
    for await (const chunk of source.chunks()) {
      read += chunk.copy(head, read);
      if (read >= head.length) break;
    }
  }
  return head.toString('latin1') === AGE_HEADER;
}

/** Where the package's bytes are, and how many; null (with a problem) when there is nothing to read. */
function packageSize(source: string | SealedScratch): number | null {
  if (typeof source !== 'string') return source.size;
  return existsSync(source) && statSync(source).isFile() ? statSync(source).size : null;
}

function signatureKeyId(minisig: string): string | null {
  const line = minisig.split(/\r?\n/)[1]?.trim() ?? '';
  const raw = /^[A-Za-z0-9+/]+={0,2}$/.test(line) ? Buffer.from(line, 'base64') : Buffer.alloc(0);
  return raw.length === 74 ? keyIdHex(raw.subarray(2, 10)) : null;
}

async function checkSignature(files: BagView, bag: string, oxum: string, keys: readonly PublicKey[], problems: Problem[]): Promise<Signer> {
  if (!files.files.has(SIGNATURE)) return null;
  const minisig = (await files.read(SIGNATURE)).toString('utf8');
  if (keys.length === 0) {
    problems.push({ code: 'SIGNATURE_NO_KEY', message: 'Kunci publik penanda tangan tidak diberikan (--pubkey atau --keys): keaslian berkas tidak dapat diperiksa' });
    return null;
  }
  const wanted = signatureKeyId(minisig);
  const key = keys.find((k) => keyIdHex(k.keyId) === wanted) ?? keys[0];
  if (!key) return null;
  try {
    const tagmanifest = files.files.has('tagmanifest-sha512.txt') ? await files.read('tagmanifest-sha512.txt') : Buffer.alloc(0);
    const verified = verify(key, tagmanifest, minisig);
    if (!verified.trustedComment.startsWith(`${bag} Payload-Oxum=${oxum}`)) {
      problems.push({ code: 'SIGNATURE_COMMENT', message: `Komentar tepercaya "${verified.trustedComment}" tidak menyebut paket ${bag} dengan Payload-Oxum=${oxum}` });
    }
    return verified;
  } catch (error) {
    const message = error instanceof MinisignError ? error.message : String(error);
    const code = /Ditandatangani dengan kunci/.test(message) ? 'SIGNATURE_WRONG_KEY' : 'SIGNATURE_INVALID';
    problems.push({ code, message: `Tanda tangan tidak sah: ${message}` });
    return null;
  }
}

/** Packages up to this size are decrypted in memory; larger ones into a sealed scratch file. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * The decrypted zip: in memory when small (nothing touches the disk), otherwise sealed under a key only this
 * process holds, so a killed run leaves no plaintext; `sealed` receives that scratch file for disposal.
 */
async function decryptedZip(source: string | SealedScratch, size: number, identities: readonly string[], sealed: (scratch: SealedScratch) => void): Promise<ZipSource> {
  const chunks = await decryptedChunks(typeof source === 'string' ? source : source.chunks(), identities, MAX_PACKAGE_BYTES);
  if (size <= IN_MEMORY_BYTES) {
    const parts: Buffer[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    return { bytes: Buffer.concat(parts) };
  }
  const scratch = new SealedScratch(join(await verifyScratchDir(), 'paket.zip.tersegel'));
  sealed(scratch);
  await scratch.write(chunks);
  return { reader: await scratch.reader(), size: scratch.size };
}

async function disposeScratch(scratch: SealedScratch | null): Promise<void> {
  if (!scratch) return;
  await scratch.dispose();
  await rm(dirname(scratch.path), { recursive: true, force: true });
}

/**
 * Everything needed to trust a signed bag (a kelurahan's package, Dinsos' answer), checked without trusting anything
 * inside it: size, age decryption into a sealed scratch file, zip safety, BagIt, the minisign signature, then the
 * kind's own payload. Never throws on hostile input.
 */
export async function verifySignedBag<P>(request: SignedBagRequest<P>, kind: BagKind<P>): Promise<SignedBagVerdict<P>> {
  const { source } = request;
  const fileName = basename(request.fileName ?? (typeof source === 'string' ? source : source.path));
  const verdict: SignedBagVerdict<P> = { ok: false, fileName, bagName: null, problems: [], signer: null, payload: null, replyRecipient: null };
  const problems = verdict.problems;
  clearStaleVerifications();
  const keys: PublicKey[] = [];
  for (const text of request.publicKeys) {
    try {
      keys.push(parsePublicKey(text));
    } catch (error) {
      problems.push({ code: 'PUBKEY_INVALID', message: `Kunci publik yang diberikan tidak sah: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const size = packageSize(source);
  if (size === null) {
    problems.push({ code: 'FILE_MISSING', message: `Berkas ${fileName} tidak ditemukan` });
    return verdict;
  }
  if (size > MAX_PACKAGE_BYTES) {
    problems.push({ code: 'FILE_TOO_LARGE', message: `Berkas ${fileName} lebih besar dari 4 GiB` });
    return verdict;
  }
  let scratch: SealedScratch | null = null;
  try {
    let zip: ZipSource = typeof source === 'string' ? { path: source } : { reader: await source.reader(), size };
    if (await startsWithAgeHeader(source)) {
      if (request.identities.length === 0) {
        problems.push({ code: 'AGE_NO_IDENTITY', message: 'Berkas terenkripsi (age) tetapi identitas penerima (--identity) tidak diberikan' });
        return verdict;
      }
      try {
        zip = await decryptedZip(source, size, request.identities, (sealed) => {
          scratch = sealed;
        });
      } catch {
        // The library's reason ("invalid tag", "no identity matched") is English and says no more than this.
        problems.push({ code: 'AGE_DECRYPT', message: 'Berkas tidak dapat didekripsi dengan identitas yang diberikan: berkas ini tidak ditujukan kepada penerima ini, atau berkas rusak' });
        return verdict;
      }
    }
    await withZipBag(zip, async (zipBag) => {
      await checkBag(zipBag, fileName, keys, kind, verdict);
      if (verdict.ok && zipBag.bag && request.accept) await request.accept(zipBag.bag, verdict).catch((failure: unknown) => Promise.reject(new AcceptFailed(failure)));
    });
    return verdict;
  } catch (error) {
    if (error instanceof AcceptFailed) throw error.failure;
    problems.push({ code: 'UNEXPECTED', message: `Paket tidak dapat diperiksa: ${error instanceof Error ? error.message : String(error)}` });
    return verdict;
  } finally {
    await disposeScratch(scratch);
  }
}

/** The bag inside the zip: name, BagIt, signature, payload; fills `verdict`. */
async function checkBag<P>(zipBag: ZipBag, fileName: string, keys: readonly PublicKey[], kind: BagKind<P>, verdict: SignedBagVerdict<P>): Promise<void> {
  const problems = verdict.problems;
  problems.push(...zipBag.problems);
  if (!zipBag.top || !zipBag.bag || zipBag.problems.length > 0) return;
  const top = zipBag.top;
  const files = zipBag.bag;
  verdict.bagName = top;
  const expected = fileName.replace(/\.zip(\.age)?$/i, '');
  if (!kind.name.test(top)) problems.push({ code: 'BAG_NAME', message: `Folder ${top} tidak bernama ${kind.nameShape}` });
  if (kind.name.test(expected) && expected !== top) {
    problems.push({ code: 'BAG_NAME', message: `Nama berkas (${expected}) tidak sama dengan nama folder di dalamnya (${top})` });
  }
  const bag = await verifyBag(files);
  problems.push(...bag.problems);
  const reply = bag.info.get('Muskel-Reply-Recipient');
  verdict.replyRecipient = reply && AGE_RECIPIENT.test(reply) ? reply : null;
  verdict.signer = await checkSignature(files, top, bag.oxum, keys, problems);
  verdict.payload = await kind.payload(files, top, verdict.signer, problems);
  verdict.ok = problems.length === 0 && verdict.signer !== null;
}
