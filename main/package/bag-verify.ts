import { ALGORITHMS, BAGIT_TXT, SIGNATURE, TAG_FILES, manifestText } from './bagit';
import type { Algorithm, BagView } from './bagit';
import type { Problem } from '../../shared/package/verdict-schema';

const REQUIRED_INFO = ['Source-Organization', 'Contact-Name', 'Bagging-Date', 'External-Identifier', 'Payload-Oxum', 'Bag-Software-Agent', 'Muskel-Signer-Key-Id'];
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

const text = async (bag: BagView, path: string) => (await bag.read(path)).toString('utf8');

async function checkManifest(bag: BagView, algorithm: Algorithm, kind: 'manifest' | 'tagmanifest', actual: readonly string[], problems: Problem[]): Promise<void> {
  const name = `${kind}-${algorithm}.txt`;
  if (!bag.files.has(name)) {
    problems.push({ code: 'BAG_MISSING_MANIFEST', message: `${name} tidak ada` });
    return;
  }
  const listed = parseManifest(await text(bag, name), name, problems);
  for (const path of actual) {
    if (!listed.has(path)) problems.push({ code: kind === 'manifest' ? 'BAG_EXTRA_FILE' : 'BAG_EXTRA_TAG_FILE', message: `Berkas ${path} ada di dalam paket tetapi tidak tercantum di ${name} (berkas tambahan)` });
  }
  for (const [path, digest] of listed) {
    if (!actual.includes(path)) {
      problems.push({ code: 'BAG_MISSING_FILE', message: `Berkas ${path} tercantum di ${name} tetapi tidak ada di dalam paket (berkas hilang)` });
      continue;
    }
    if (bag.files.get(path)?.[algorithm] !== digest) problems.push({ code: 'BAG_BAD_DIGEST', message: `Sidik ${algorithm.toUpperCase()} berkas ${path} tidak cocok dengan ${name}: berkas telah diubah` });
  }
}

/**
 * Only tagmanifest-sha512.txt is signed. tagmanifest-sha256.txt is not, so it must be byte for byte what the
 * tag files' SHA-256 digests give: otherwise it could be reworded without anyone noticing.
 */
async function checkUnsignedTagManifest(bag: BagView, tagFiles: readonly string[], problems: Problem[]): Promise<void> {
  const file = 'tagmanifest-sha256.txt';
  if (!bag.files.has(file) || tagFiles.length !== TAG_FILES.length) return;
  const expected = manifestText(TAG_FILES.map((path) => ({ path, digest: bag.files.get(path)?.sha256 ?? '' })));
  if ((await text(bag, file)) !== expected) {
    problems.push({ code: 'BAG_TAGMANIFEST_ALTERED', message: 'tagmanifest-sha256.txt telah diubah: isinya tidak persis sidik SHA-256 berkas tag, dan berkas ini tidak ditandatangani' });
  }
}

/** Files and folders beside data/ that are none of the known root files. */
function checkRoot(bag: BagView, problems: Problem[]): void {
  const folders = new Set<string>();
  for (const path of [...bag.files.keys()].sort()) {
    const [first = '', ...rest] = path.split('/');
    if (rest.length > 0) {
      if (first !== 'data' && !folders.has(first)) problems.push({ code: 'BAG_EXTRA_ROOT_FILE', message: `Folder ${first}/ di akar paket tidak dikenal dan tidak tercakup tanda tangan` });
      folders.add(first);
    } else if (!ROOT_FILES.has(path)) {
      problems.push({ code: 'BAG_EXTRA_ROOT_FILE', message: `Berkas ${path} di akar paket tidak dikenal dan tidak tercakup tanda tangan` });
    }
  }
}

/** Validates a BagIt 1.0 bag: declaration, bag-info, both payload manifests, Payload-Oxum, both tag manifests. */
export async function verifyBag(bag: BagView): Promise<{ problems: Problem[]; info: Map<string, string>; oxum: string }> {
  const problems: Problem[] = [];
  if (!bag.files.has('bagit.txt')) problems.push({ code: 'BAG_NO_DECLARATION', message: 'bagit.txt tidak ada: ini bukan BagIt' });
  else if ((await text(bag, 'bagit.txt')).replace(/\r\n?/g, '\n') !== BAGIT_TXT) {
    problems.push({ code: 'BAG_DECLARATION', message: 'bagit.txt harus berisi tepat "BagIt-Version: 1.0" dan "Tag-File-Character-Encoding: UTF-8"' });
  }
  const info = bag.files.has('bag-info.txt') ? parseBagInfo(await text(bag, 'bag-info.txt')) : new Map<string, string>();
  for (const label of REQUIRED_INFO) if (!info.get(label)) problems.push({ code: 'BAG_INFO_MISSING', message: `bag-info.txt tidak memuat ${label}` });

  const payload = [...bag.files.keys()].filter((path) => path.startsWith('data/')).sort();
  if (payload.length === 0) problems.push({ code: 'BAG_NO_PAYLOAD', message: 'Folder data/ kosong atau tidak ada' });
  const octets = payload.reduce((n, path) => n + (bag.files.get(path)?.size ?? 0), 0);
  const oxum = `${octets}.${payload.length}`;
  const declared = info.get('Payload-Oxum');
  if (declared && declared !== oxum) problems.push({ code: 'BAG_OXUM', message: `Payload-Oxum tertulis ${declared}, sedangkan isi data/ ${oxum} (jumlah byte.jumlah berkas)` });

  for (const algorithm of ALGORITHMS) await checkManifest(bag, algorithm, 'manifest', payload, problems);
  checkRoot(bag, problems);
  const tagFiles = TAG_FILES.filter((name) => bag.files.has(name));
  for (const algorithm of ALGORITHMS) await checkManifest(bag, algorithm, 'tagmanifest', tagFiles, problems);
  await checkUnsignedTagManifest(bag, tagFiles, problems);
  if (!bag.files.has(SIGNATURE)) problems.push({ code: 'SIGNATURE_MISSING', message: `Tanda tangan ${SIGNATURE} tidak ada` });
  return { problems, info, oxum };
}
