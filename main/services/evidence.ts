import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import type { Evidence, EvidenceUpload } from '../../shared/meeting/schema';
import { evidenceFromDb, evidenceToDb } from '../db/evidence-mapping';
import { deleteEvidence, insertEvidence, selectEvidence } from '../db/evidence-queries';
import { writeFileAtomic, writeFilesAtomic } from '../app/atomic-write';
import { ensureDir } from '../app/ensure-dir';
import { newPrivateFile } from '../app/new-private-file';
import { tempPathFor } from '../app/temp-files';
import { decryptBytes, decryptStream, encryptBytes, encryptStream, isEncryptedFile } from '../vault/file-cipher';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { sniffType } from './file-type';
import { openMeeting } from './meeting-guard';
import { loadProposal } from './proposals';
import { writeTransaction } from '../db/write-transaction';

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export function evidenceDir(ctx: ServiceContext): string {
  return join(ctx.dataDir, 'lampiran');
}

/** Files are kept encrypted with the folder's data key, named by the SHA-256 of their content. */
export function storeEncryptedFile(ctx: ServiceContext, sha256: string, bytes: Buffer): void {
  const dir = evidenceDir(ctx);
  ensureDir(dir);
  const target = join(dir, sha256);
  if (!existsSync(target)) writeFileAtomic(target, encryptBytes(ctx.dataKey, bytes));
}

/** Several files at once (a package's evidence), flushed together: as safe as one by one, much faster. */
export async function storeEncryptedFiles(ctx: ServiceContext, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const dir = evidenceDir(ctx);
  ensureDir(dir);
  const missing = [...files].filter(([sha256]) => !existsSync(join(dir, sha256)));
  await writeFilesAtomic(missing.map(([sha256, bytes]) => ({ target: join(dir, sha256), content: encryptBytes(ctx.dataKey, bytes) })));
}

/** The plaintext of a stored file, streamed (for the package). */
export function evidenceStream(ctx: ServiceContext, sha256: string): NodeJS.ReadableStream {
  return createReadStream(join(evidenceDir(ctx), sha256)).pipe(decryptStream(ctx.dataKey));
}

/**
 * Files left plaintext by a folder from before encryption (or by an encryption cut short): each is encrypted
 * under a temp name and renamed over itself. Cheap when there are none: only the first bytes are read.
 */
export async function encryptPlaintextEvidence(ctx: ServiceContext): Promise<number> {
  const dir = evidenceDir(ctx);
  if (!existsSync(dir)) return 0;
  let done = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.startsWith('.') || isEncryptedFile(path)) continue;
    const temp = tempPathFor(path);
    await pipeline(createReadStream(path), encryptStream(ctx.dataKey), await newPrivateFile(temp));
    renameSync(temp, path);
    done++;
  }
  return done;
}

export function addEvidence(ctx: ServiceContext, upload: EvidenceUpload): Evidence {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', `Berkas ${upload.fileName} kosong`, 'contentBase64');
  if (bytes.length > MAX_EVIDENCE_BYTES) {
    throw new AppError('INVALID_INPUT', `Berkas ${upload.fileName} berukuran ${(bytes.length / 1048576).toFixed(1)} MB; paling besar 5 MB`, 'contentBase64');
  }
  const mime = sniffType(bytes);
  if (!mime) throw new AppError('INVALID_INPUT', `Berkas ${upload.fileName} bukan JPEG, PNG atau PDF`, 'contentBase64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return writeTransaction(ctx.db, () => {
    const proposal = loadProposal(ctx, upload.proposalId);
    openMeeting(ctx, proposal.meetingId);
    storeEncryptedFile(ctx, sha256, bytes);
    const evidence = { proposalId: upload.proposalId, kind: upload.kind, fileName: upload.fileName, sha256, mime, size: bytes.length };
    const id = insertEvidence(ctx.db, evidenceToDb(evidence), ctx.now().toISOString());
    record(ctx, { action: 'BUAT', entity: 'LAMPIRAN', entityId: id, meetingId: proposal.meetingId, householdId: proposal.householdId, after: evidenceToDb(evidence) });
    return { id, ...evidence };
  });
}

function loadEvidence(ctx: ServiceContext, id: number): Evidence {
  const row = selectEvidence(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Lampiran dengan id ${id} tidak ditemukan`);
  return evidenceFromDb(row);
}

/** A stored file's plaintext, refused when it no longer matches its digest; `label` names it in the message. */
export function readStoredFile(ctx: ServiceContext, sha256: string, label: string): Buffer {
  const path = join(evidenceDir(ctx), sha256);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `Berkas ${label} tidak ada di folder data`);
  const bytes = decryptBytes(ctx.dataKey, readFileSync(path));
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new AppError('CONFLICT', `Berkas ${label} telah berubah atau rusak di folder data`);
  return bytes;
}

export function readEvidence(ctx: ServiceContext, id: number): { mime: string; contentBase64: string } {
  const evidence = loadEvidence(ctx, id);
  return { mime: evidence.mime, contentBase64: readStoredFile(ctx, evidence.sha256, `lampiran ${evidence.fileName}`).toString('base64') };
}

export function removeEvidence(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    const evidence = loadEvidence(ctx, id);
    const proposal = loadProposal(ctx, evidence.proposalId);
    openMeeting(ctx, proposal.meetingId);
    deleteEvidence(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'LAMPIRAN', entityId: id, meetingId: proposal.meetingId, householdId: proposal.householdId, before: { id, ...evidenceToDb(evidence) } });
    return { id };
  });
}
