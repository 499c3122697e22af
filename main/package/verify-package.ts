import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BAG_NAME, BNBA_COLUMNS, PackagePayloadSchema, bnbaRow } from '../../shared/package/schema';
import type { PackagePayload } from '../../shared/package/schema';
import { AGE_HEADER, AGE_RECIPIENT, decryptedChunks } from './age-stream';
import { SIGNATURE } from './bagit';
import type { BagView } from './bagit';
import { verifyBag } from './bag-verify';
import { parseBnbaCsv } from './bnba-files';
import { MinisignError, keyIdHex, parsePublicKey, verify } from './minisign';
import type { PublicKey } from './minisign';
import type { Problem } from '../../shared/package/verdict-schema';
import { SealedScratch } from './sealed-scratch';
import { clearStaleVerifications, verifyScratchDir } from './verify-scratch';
import { type ZipBag, type ZipSource, withZipBag } from './zip-read';

export const MAX_PACKAGE_BYTES = 4 * 1024 * 1024 * 1024;

export interface VerifyRequest {
  /** The package: a file, or an upload sealed as it arrived (main/services/uploads.ts). */
  source: string | SealedScratch;
  /** The name the package came under (an upload is stored under another); the bag's name must match it. */
  fileName?: string;
  /** age identity files' text (AGE-SECRET-KEY-1...). */
  identities: readonly string[];
  /** minisign public keys (.pub text) Dinsos trusts. */
  publicKeys: readonly string[];
  /** Called with the bag's files while they are still readable, only for a package found valid (the inbox imports it). */
  accept?: (files: BagView, verdict: Verdict) => Promise<void>;
}

/** A failure inside `accept`: not a problem of the package, so it is thrown on instead of reported. */
class AcceptFailed extends Error {
  constructor(readonly failure: unknown) {
    super('accept failed');
  }
}

export interface Verdict {
  ok: boolean;
  fileName: string;
  bagName: string | null;
  problems: Problem[];
  signer: { keyId: string; trustedComment: string } | null;
  payload: PackagePayload | null;
  beritaAcaraPdf: Buffer | null;
  /** The sender's age recipient from the signed bag-info.txt, if it gives one. */
  replyRecipient: string | null;
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

async function checkSignature(files: BagView, bag: string, oxum: string, keys: readonly PublicKey[], problems: Problem[]): Promise<Verdict['signer']> {
  if (!files.files.has(SIGNATURE)) return null;
  const minisig = (await files.read(SIGNATURE)).toString('utf8');
  if (keys.length === 0) {
    problems.push({ code: 'SIGNATURE_NO_KEY', message: 'Kunci publik kelurahan tidak diberikan (--pubkey atau --keys): keaslian paket tidak dapat diperiksa' });
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

async function checkPayload(files: BagView, bag: string, signer: Verdict['signer'], problems: Problem[]): Promise<PackagePayload | null> {
  if (!files.files.has('data/usulan.json')) {
    problems.push({ code: 'PAYLOAD_JSON_MISSING', message: 'data/usulan.json tidak ada' });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse((await files.read('data/usulan.json')).toString('utf8')) as unknown;
  } catch (error) {
    problems.push({ code: 'PAYLOAD_JSON_UNREADABLE', message: `data/usulan.json bukan JSON yang dapat dibaca (${error instanceof Error ? error.message : String(error)})` });
    return null;
  }
  const parsed = PackagePayloadSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      problems.push({ code: 'PAYLOAD_JSON_SCHEMA', message: `data/usulan.json tidak sesuai skema di ${issue.path.join('.') || '(akar)'}: ${issue.message}` });
    }
    return null;
  }
  const payload = parsed.data;
  if (!bag.startsWith(`usulan-${payload.kelurahan.code}-`)) {
    problems.push({ code: 'PAYLOAD_KELURAHAN', message: `Kode kelurahan di data/usulan.json (${payload.kelurahan.code}) tidak sama dengan nama paket ${bag}` });
  }
  if (signer && signer.keyId !== payload.signerKeyId) {
    problems.push({ code: 'PAYLOAD_SIGNER', message: `data/usulan.json menyebut kunci ${payload.signerKeyId}, paket ditandatangani kunci ${signer.keyId}` });
  }
  for (const p of payload.proposals) {
    for (const e of p.evidence) {
      if (!files.files.has(`data/${e.file}`)) {
        problems.push({ code: 'PAYLOAD_EVIDENCE_MISSING', message: `Lampiran ${e.file} untuk usulan nomor ${p.no} tidak ada di data/` });
      }
    }
  }
  await checkCsv(files, payload, problems);
  return payload;
}

async function checkCsv(files: BagView, payload: PackagePayload, problems: Problem[]): Promise<void> {
  if (!files.files.has('data/usulan.csv')) {
    problems.push({ code: 'PAYLOAD_CSV_MISSING', message: 'data/usulan.csv tidak ada' });
    return;
  }
  const { rows, errors } = parseBnbaCsv((await files.read('data/usulan.csv')).toString('utf8'));
  for (const e of errors.slice(0, 5)) problems.push({ code: 'PAYLOAD_CSV_UNREADABLE', message: `data/usulan.csv ${e}` });
  if (rows.length !== payload.proposals.length) {
    problems.push({ code: 'PAYLOAD_CSV_MISMATCH', message: `data/usulan.csv berisi ${rows.length} baris, data/usulan.json ${payload.proposals.length} usulan` });
    return;
  }
  const undo = (v: string | undefined) => (v ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
  payload.proposals.forEach((p, i) => {
    const expected = bnbaRow(p, payload.kelurahan);
    const row = rows[i] ?? {};
    const different = BNBA_COLUMNS.filter((c) => undo(row[c]) !== expected[c]);
    if (different.length > 0) {
      problems.push({ code: 'PAYLOAD_CSV_MISMATCH', message: `data/usulan.csv baris ${i + 2} berbeda dengan data/usulan.json pada kolom ${different.join(', ')}` });
    }
  });
}

/** Everything Dinsos needs to trust a package, checked without trusting anything inside it. Never throws on hostile input. */
export async function verifyPackage(request: VerifyRequest): Promise<Verdict> {
  const { source } = request;
  const fileName = basename(request.fileName ?? (typeof source === 'string' ? source : source.path));
  const verdict: Verdict = { ok: false, fileName, bagName: null, problems: [], signer: null, payload: null, beritaAcaraPdf: null, replyRecipient: null };
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
  let work: string | null = null;
  let scratch: SealedScratch | null = null;
  try {
    let zip: ZipSource = typeof source === 'string' ? { path: source } : { reader: await source.reader(), size };
    if (await startsWithAgeHeader(source)) {
      if (request.identities.length === 0) {
        problems.push({ code: 'AGE_NO_IDENTITY', message: 'Paket terenkripsi (age) tetapi identitas Dinsos (--identity) tidak diberikan' });
        return verdict;
      }
      // The decrypted zip is kept sealed under a key only this process holds: a killed run leaves no plaintext.
      work = await verifyScratchDir();
      scratch = new SealedScratch(join(work, 'paket.zip.tersegel'));
      try {
        await scratch.write(await decryptedChunks(typeof source === 'string' ? source : source.chunks(), request.identities, MAX_PACKAGE_BYTES));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ code: 'AGE_DECRYPT', message: `Paket tidak dapat didekripsi dengan identitas yang diberikan (${message}): identitas salah atau berkas rusak` });
        return verdict;
      }
      zip = { reader: await scratch.reader(), size: scratch.size };
    }
    await withZipBag(zip, async (zipBag) => {
      await checkBag(zipBag, fileName, keys, verdict);
      if (verdict.ok && zipBag.bag && request.accept) await request.accept(zipBag.bag, verdict).catch((failure: unknown) => Promise.reject(new AcceptFailed(failure)));
    });
    return verdict;
  } catch (error) {
    if (error instanceof AcceptFailed) throw error.failure;
    problems.push({ code: 'UNEXPECTED', message: `Paket tidak dapat diperiksa: ${error instanceof Error ? error.message : String(error)}` });
    return verdict;
  } finally {
    await scratch?.dispose();
    if (work) await rm(work, { recursive: true, force: true });
  }
}

/** The bag inside the zip: name, BagIt, signature, payload; fills `verdict`. */
async function checkBag(zipBag: ZipBag, fileName: string, keys: readonly PublicKey[], verdict: Verdict): Promise<void> {
  const problems = verdict.problems;
  problems.push(...zipBag.problems);
  if (!zipBag.top || !zipBag.bag || zipBag.problems.length > 0) return;
  const top = zipBag.top;
  const files = zipBag.bag;
  verdict.bagName = top;
  const expected = fileName.replace(/\.zip(\.age)?$/i, '');
  if (!BAG_NAME.test(top)) problems.push({ code: 'BAG_NAME', message: `Folder ${top} tidak bernama usulan-<kode kelurahan>-<TTTTBBHH>-<nn>` });
  if (BAG_NAME.test(expected) && expected !== top) {
    problems.push({ code: 'BAG_NAME', message: `Nama berkas (${expected}) tidak sama dengan nama folder di dalamnya (${top})` });
  }
  const bag = await verifyBag(files);
  problems.push(...bag.problems);
  const reply = bag.info.get('Muskel-Reply-Recipient');
  verdict.replyRecipient = reply && AGE_RECIPIENT.test(reply) ? reply : null;
  verdict.signer = await checkSignature(files, top, bag.oxum, keys, problems);
  verdict.payload = await checkPayload(files, top, verdict.signer, problems);
  const ba = files.files.get('data/berita-acara.pdf');
  if (ba && ba.size < 50 * 1024 * 1024) verdict.beritaAcaraPdf = await files.read('data/berita-acara.pdf');
  verdict.ok = problems.length === 0 && verdict.signer !== null;
}
