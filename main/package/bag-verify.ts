import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALGORITHMS, BAGIT_TXT, digestFile, listFiles, manifestText } from './bagit';
import type { Algorithm, FileDigests } from './bagit';
import type { Problem } from '../../shared/package/verdict-schema';

const REQUIRED_INFO = ['Source-Organization', 'Contact-Name', 'Bagging-Date', 'External-Identifier', 'Payload-Oxum', 'Bag-Software-Agent', 'Muskel-Signer-Key-Id'];
const SIGNATURE = 'tagmanifest-sha512.txt.minisig';
/** Covered by the signed tagmanifest-sha512.txt. */
const TAG_FILES = ['bagit.txt', 'bag-info.txt', ...ALGORITHMS.map((a) => `manifest-${a}.txt`)];
/** The only files a package may have beside data/: the tag files, the tag manifests and the signature. */
const ROOT_FILES = new Set([...TAG_FILES, ...ALGORITHMS.map((a) => `tagmanifest-${a}.txt`), SIGNATURE]);

export function parseBagInfo(text: string): Map<string, string> {
  const info = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^\s/.test(line) && last) info.set(last, `${info.get(last) ?? ''} ${line.trim()}`);
    else {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1]) {
        last = match[1].trim();
        info.set(last, match[2] ?? '');
      }
    }
  }
  return info;
}

/** RFC 8493 manifest lines: checksum, whitespace, path; %0A %0D %25 are the only escapes. */
function parseManifest(text: string, name: string, problems: Problem[]): Map<string, string> {
  const entries = new Map<string, string>();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      problems.push({ code: 'BAG_MANIFEST_SYNTAX', message: `${name} baris ${i + 1} tidak sesuai format "sidik  jalur"` });
      return;
    }
    const path = match[2].replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
    if (entries.has(path)) problems.push({ code: 'BAG_MANIFEST_DUPLICATE', message: `${name} mencantumkan ${path} lebih dari sekali` });
    entries.set(path, match[1].toLowerCase());
  });
  return entries;
}

/** Each file is read and hashed once, for both algorithms and the Payload-Oxum. */
type DigestOf = (path: string) => Promise<FileDigests>;

function digestCache(bagDir: string): DigestOf {
  const cache = new Map<string, Promise<FileDigests>>();
  return (path) => {
    const known = cache.get(path);
    if (known) return known;
    const digests = digestFile(join(bagDir, ...path.split('/')));
    cache.set(path, digests);
    return digests;
  };
}

async function checkManifest(bagDir: string, algorithm: Algorithm, kind: 'manifest' | 'tagmanifest', actual: readonly string[], problems: Problem[], digestOf: DigestOf): Promise<void> {
  const name = `${kind}-${algorithm}.txt`;
  const file = join(bagDir, name);
  if (!existsSync(file)) {
    problems.push({ code: 'BAG_MISSING_MANIFEST', message: `${name} tidak ada` });
    return;
  }
  const listed = parseManifest(readFileSync(file, 'utf8'), name, problems);
  for (const path of actual) {
    if (!listed.has(path)) problems.push({ code: kind === 'manifest' ? 'BAG_EXTRA_FILE' : 'BAG_EXTRA_TAG_FILE', message: `Berkas ${path} ada di dalam paket tetapi tidak tercantum di ${name} (berkas tambahan)` });
  }
  for (const [path, digest] of listed) {
    if (!actual.includes(path)) {
      problems.push({ code: 'BAG_MISSING_FILE', message: `Berkas ${path} tercantum di ${name} tetapi tidak ada di dalam paket (berkas hilang)` });
      continue;
    }
    const computed = (await digestOf(path))[algorithm];
    if (computed !== digest) problems.push({ code: 'BAG_BAD_DIGEST', message: `Sidik ${algorithm.toUpperCase()} berkas ${path} tidak cocok dengan ${name}: berkas telah diubah` });
  }
}

/**
 * Only tagmanifest-sha512.txt is signed. tagmanifest-sha256.txt is not, so it must be byte for byte what the
 * tag files' SHA-256 digests give: otherwise it could be reworded without anyone noticing.
 */
async function checkUnsignedTagManifest(bagDir: string, tagFiles: readonly string[], problems: Problem[], digestOf: DigestOf): Promise<void> {
  const file = join(bagDir, 'tagmanifest-sha256.txt');
  if (!existsSync(file) || tagFiles.length !== TAG_FILES.length) return;
  const expected = manifestText(await Promise.all(TAG_FILES.map(async (path) => ({ path, digest: (await digestOf(path)).sha256 }))));
  if (readFileSync(file, 'utf8') !== expected) {
    problems.push({ code: 'BAG_TAGMANIFEST_ALTERED', message: 'tagmanifest-sha256.txt telah diubah: isinya tidak persis sidik SHA-256 berkas tag, dan berkas ini tidak ditandatangani' });
  }
}

/** Validates a BagIt 1.0 bag: declaration, bag-info, both payload manifests, Payload-Oxum, both tag manifests. */
export async function verifyBag(bagDir: string): Promise<{ problems: Problem[]; info: Map<string, string>; oxum: string }> {
  const problems: Problem[] = [];
  const bagit = join(bagDir, 'bagit.txt');
  if (!existsSync(bagit)) problems.push({ code: 'BAG_NO_DECLARATION', message: 'bagit.txt tidak ada: ini bukan BagIt' });
  else if (readFileSync(bagit, 'utf8').replace(/\r\n?/g, '\n') !== BAGIT_TXT) {
    problems.push({ code: 'BAG_DECLARATION', message: 'bagit.txt harus berisi tepat "BagIt-Version: 1.0" dan "Tag-File-Character-Encoding: UTF-8"' });
  }
  const infoPath = join(bagDir, 'bag-info.txt');
  const info = existsSync(infoPath) ? parseBagInfo(readFileSync(infoPath, 'utf8')) : new Map<string, string>();
  for (const label of REQUIRED_INFO) if (!info.get(label)) problems.push({ code: 'BAG_INFO_MISSING', message: `bag-info.txt tidak memuat ${label}` });

  const payload = existsSync(join(bagDir, 'data')) ? await listFiles(bagDir, 'data') : [];
  if (payload.length === 0) problems.push({ code: 'BAG_NO_PAYLOAD', message: 'Folder data/ kosong atau tidak ada' });
  let octets = 0;
  const digestOf = digestCache(bagDir);
  for (const path of payload) octets += (await digestOf(path)).size;
  const oxum = `${octets}.${payload.length}`;
  const declared = info.get('Payload-Oxum');
  if (declared && declared !== oxum) problems.push({ code: 'BAG_OXUM', message: `Payload-Oxum tertulis ${declared}, sedangkan isi data/ ${oxum} (jumlah byte.jumlah berkas)` });

  for (const algorithm of ALGORITHMS) await checkManifest(bagDir, algorithm, 'manifest', payload, problems, digestOf);
  for (const entry of readdirSync(bagDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name === 'data') continue;
    if (entry.isFile() && ROOT_FILES.has(entry.name)) continue;
    const what = entry.isDirectory() ? `Folder ${entry.name}/` : `Berkas ${entry.name}`;
    problems.push({ code: 'BAG_EXTRA_ROOT_FILE', message: `${what} di akar paket tidak dikenal dan tidak tercakup tanda tangan` });
  }
  const tagFiles = TAG_FILES.filter((name) => existsSync(join(bagDir, name)));
  for (const algorithm of ALGORITHMS) await checkManifest(bagDir, algorithm, 'tagmanifest', tagFiles, problems, digestOf);
  await checkUnsignedTagManifest(bagDir, tagFiles, problems, digestOf);
  if (!existsSync(join(bagDir, SIGNATURE))) problems.push({ code: 'SIGNATURE_MISSING', message: `Tanda tangan ${SIGNATURE} tidak ada` });
  return { problems, info, oxum };
}

export { SIGNATURE };
