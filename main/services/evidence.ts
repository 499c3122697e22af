import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence, EvidenceUpload } from '../../shared/meeting/schema';
import { evidenceFromDb, evidenceToDb } from '../db/evidence-mapping';
import { deleteEvidence, insertEvidence, selectEvidence } from '../db/evidence-queries';
import { writeFileAtomic } from '../app/atomic-write';
import { ensureDir } from '../app/ensure-dir';
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

/** Files are kept under their SHA-256 in the data folder, written to a temp name and renamed. */
function storeFile(ctx: ServiceContext, sha256: string, bytes: Buffer): void {
  const dir = evidenceDir(ctx);
  ensureDir(dir);
  const target = join(dir, sha256);
  if (!existsSync(target)) writeFileAtomic(target, bytes);
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
    storeFile(ctx, sha256, bytes);
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

export function readEvidence(ctx: ServiceContext, id: number): { mime: string; contentBase64: string } {
  const evidence = loadEvidence(ctx, id);
  const bytes = readFileSync(join(evidenceDir(ctx), evidence.sha256));
  if (createHash('sha256').update(bytes).digest('hex') !== evidence.sha256) {
    throw new AppError('CONFLICT', `Berkas lampiran ${evidence.fileName} telah berubah atau rusak di folder data`);
  }
  return { mime: evidence.mime, contentBase64: bytes.toString('base64') };
}

export function removeEvidence(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    const evidence = loadEvidence(ctx, id);
    const proposal = loadProposal(ctx, evidence.proposalId);
    openMeeting(ctx, proposal.meetingId);
    deleteEvidence(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'LAMPIRAN', entityId: id, meetingId: proposal.meetingId, before: { id, ...evidenceToDb(evidence) } });
    return { id };
  });
}
