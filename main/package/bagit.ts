import { createHash } from 'node:crypto';

/** BagIt 1.0 (RFC 8493): bag declaration, payload manifests, bag-info with Payload-Oxum, tag manifests. */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const ALGORITHMS = ['sha256', 'sha512'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
export type Digests = Record<Algorithm, string>;
export type FileDigests = Digests & { size: number };
/** The files tag manifests cover: bagit.txt, bag-info.txt and the payload manifests (never themselves or the signature). */
export const TAG_FILES = ['bagit.txt', 'bag-info.txt', ...ALGORITHMS.map((a) => `manifest-${a}.txt`)];
/** The minisign signature of tagmanifest-sha512.txt. */
export const SIGNATURE = 'tagmanifest-sha512.txt.minisig';

/** File names the package allows: ASCII letters, digits, '-', '_' and '.', never '.' or '..' alone. */
export const SAFE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,120}$/;

export function digestBytes(bytes: Buffer): FileDigests {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), sha512: createHash('sha512').update(bytes).digest('hex'), size: bytes.length };
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
  /** The sender's own age recipient, so Dinsos can encrypt its answer to it (Muskel-Reply-Recipient). */
  replyRecipient?: string;
}

export type PayloadDigests = ReadonlyMap<string, FileDigests>;

/** tagmanifest-<algorithm>.txt for the given tag files' contents (keyed by TAG_FILES names). */
export function tagManifests(tagFiles: ReadonlyMap<string, Buffer>): Map<string, Buffer> {
  const digests = TAG_FILES.map((path) => ({ path, d: digestBytes(tagFiles.get(path) ?? Buffer.alloc(0)) }));
  return new Map(ALGORITHMS.map((a) => [`tagmanifest-${a}.txt`, Buffer.from(manifestText(digests.map((t) => ({ path: t.path, digest: t.d[a] }))))]));
}

/**
 * bagit.txt, bag-info, manifests and tag manifests, in memory, for a payload whose digests are already known.
 * The signature is not among them: it signs tagmanifest-sha512.txt.
 */
export function tagFiles(info: BagInfo, digests: PayloadDigests): { files: Map<string, Buffer>; oxum: string } {
  const payload = [...digests.keys()].sort();
  let octets = 0;
  for (const d of digests.values()) octets += d.size;
  const oxum = `${octets}.${payload.length}`;
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
    ...(info.replyRecipient ? [`Muskel-Reply-Recipient: ${info.replyRecipient}`] : []),
  ].join('\n');
  const files = new Map<string, Buffer>([
    ['bagit.txt', Buffer.from(BAGIT_TXT)],
    ['bag-info.txt', Buffer.from(`${bagInfo}\n`)],
  ]);
  for (const algorithm of ALGORITHMS) {
    files.set(`manifest-${algorithm}.txt`, Buffer.from(manifestText(payload.map((path) => ({ path, digest: digests.get(path)?.[algorithm] ?? '' })))));
  }
  for (const [name, bytes] of tagManifests(files)) files.set(name, bytes);
  return { files, oxum };
}

/** A bag as the verifier sees it: its files (paths inside the bag's folder) with digests already taken, readable on demand. */
export interface BagView {
  readonly files: ReadonlyMap<string, FileDigests>;
  read(path: string): Promise<Buffer>;
}
