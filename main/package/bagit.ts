import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** BagIt 1.0 (RFC 8493): bag declaration, payload manifests, bag-info with Payload-Oxum, tag manifests. */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const ALGORITHMS = ['sha256', 'sha512'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
export type Digests = Record<Algorithm, string>;
export type FileDigests = Digests & { size: number };

/** File names the package allows: ASCII letters, digits, '-', '_' and '.', never '.' or '..' alone. */
export const SAFE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,120}$/;

export async function digestFile(path: string): Promise<FileDigests> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    sha256.update(bytes);
    sha512.update(bytes);
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex'), size };
}

export async function listFiles(root: string, under: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else found.push(relative(root, full).split(sep).join('/'));
    }
  };
  await walk(join(root, under));
  return found.sort();
}

export function manifestText(entries: readonly { path: string; digest: string }[]): string {
  return entries.map((e) => `${e.digest}  ${e.path}\n`).join('');
}

export interface BagInfo {
  sourceOrganization: string;
  contactName: string;
  baggingDate: string;
  externalIdentifier: string;
  softwareAgent: string;
  signerKeyId: string;
  /** The office's audit chain head when the package was made, "N:HASH". */
  auditHead: string;
  description: string;
}

export type PayloadDigests = ReadonlyMap<string, FileDigests>;

/** Writes bagit.txt, bag-info, manifests and tag manifests for a payload whose digests are already known. */
export async function finishBag(bagDir: string, info: BagInfo, digests: PayloadDigests): Promise<{ oxum: string }> {
  const payload = [...digests.keys()].sort();
  let octets = 0;
  for (const d of digests.values()) octets += d.size;
  const oxum = `${octets}.${payload.length}`;
  await writeFile(join(bagDir, 'bagit.txt'), BAGIT_TXT);
  const bagInfo = [
    `Source-Organization: ${info.sourceOrganization}`,
    `Contact-Name: ${info.contactName}`,
    `Bagging-Date: ${info.baggingDate}`,
    `External-Identifier: ${info.externalIdentifier}`,
    `External-Description: ${info.description}`,
    `Payload-Oxum: ${oxum}`,
    `Bag-Software-Agent: ${info.softwareAgent}`,
    `Muskel-Signer-Key-Id: ${info.signerKeyId}`,
    `Muskel-Audit-Head: ${info.auditHead}`,
  ].join('\n');
  await writeFile(join(bagDir, 'bag-info.txt'), `${bagInfo}\n`);
  for (const algorithm of ALGORITHMS) {
    const entries = payload.map((path) => ({ path, digest: digests.get(path)?.[algorithm] ?? '' }));
    await writeFile(join(bagDir, `manifest-${algorithm}.txt`), manifestText(entries));
  }
  await writeTagManifests(bagDir);
  return { oxum };
}

/** Tag manifests cover bagit.txt, bag-info.txt and the payload manifests (never themselves or the signature). */
export async function writeTagManifests(bagDir: string): Promise<void> {
  const tagFiles = ['bagit.txt', 'bag-info.txt', ...ALGORITHMS.map((a) => `manifest-${a}.txt`)];
  const tagDigests = await Promise.all(tagFiles.map(async (path) => ({ path, d: await digestFile(join(bagDir, path)) })));
  for (const algorithm of ALGORITHMS) {
    await writeFile(join(bagDir, `tagmanifest-${algorithm}.txt`), manifestText(tagDigests.map((t) => ({ path: t.path, digest: t.d[algorithm] }))));
  }
}

export async function putPayload(bagDir: string, path: string, content: Buffer | string): Promise<void> {
  if (!path.split('/').every((s) => SAFE_SEGMENT.test(s))) throw new Error(`unsafe payload path ${path}`);
  const target = join(bagDir, 'data', ...path.split('/'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content, { flag: 'wx' });
}

/** Bytes in data/, to show how far the zip and encryption have come. */
export async function payloadBytes(bagDir: string): Promise<number> {
  let total = 0;
  for (const path of await listFiles(bagDir, 'data')) total += (await stat(join(bagDir, ...path.split('/')))).size;
  return total;
}
