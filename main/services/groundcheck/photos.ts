import { createHash } from 'node:crypto';
import { GroundcheckPhotoUploadSchema, MAX_PHOTO_BYTES } from '../../../shared/groundcheck/schema';
import type { GroundcheckPhoto, GroundcheckPhotoUpload } from '../../../shared/groundcheck/schema';
import { photoFromDb } from '../../db/groundcheck-mapping';
import { insertPhoto, selectPhoto, selectPhotoBySha } from '../../db/groundcheck-queries';
import { writeTransaction } from '../../db/write-transaction';
import { AppError } from '../app-error';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { readStoredFile, storeEncryptedFile } from '../evidence';
import { sniffType } from '../file-type';
import { requireDinsosOffice } from '../office';
import { requireInForce } from './items';
import { readPhotoExif } from './photo-exif';

/**
 * A photo the officer took at the address: JPEG or PNG of at most 5 MB, kept encrypted in lampiran/ like the
 * kelurahan's evidence, with the position and time its EXIF carries. The same photo twice is kept once.
 */
export async function addGroundcheckPhoto(ctx: ServiceContext, upload: GroundcheckPhotoUpload): Promise<GroundcheckPhoto> {
  await requireDinsosOffice(ctx);
  const input = GroundcheckPhotoUploadSchema.parse(upload);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', `Foto ${input.fileName} kosong`, 'contentBase64');
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new AppError('INVALID_INPUT', `Foto ${input.fileName} berukuran ${(bytes.length / 1048576).toFixed(1)} MB; paling besar 5 MB`, 'contentBase64');
  }
  const mime = sniffType(bytes);
  if (mime !== 'image/jpeg' && mime !== 'image/png') throw new AppError('INVALID_INPUT', `Berkas ${input.fileName} bukan foto JPEG atau PNG`, 'contentBase64');
  const exif = await readPhotoExif(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return writeTransaction(ctx.db, () => {
    requireInForce(ctx, [input.proposalId], 'proposalId');
    const same = selectPhotoBySha(ctx.db, input.proposalId, sha256);
    if (same) return photoFromDb(same);
    storeEncryptedFile(ctx, sha256, bytes);
    const row = {
      proposal_id: input.proposalId, sha256, mime, size: bytes.length, file_name: input.fileName, caption: input.caption,
      latitude: exif.latitude, longitude: exif.longitude, taken_at: exif.takenAt, added_at: ctx.now().toISOString(), added_by: requireOperator(ctx),
    };
    const id = insertPhoto(ctx.db, row);
    record(ctx, {
      action: 'BUAT', entity: 'GROUNDCHECK', entityId: input.proposalId,
      after: { photoId: id, fileName: input.fileName, caption: input.caption, sha256, mime, size: bytes.length, ...exif },
    });
    const stored = selectPhoto(ctx.db, id);
    if (!stored) throw new Error('inserted photo not found');
    return photoFromDb(stored);
  });
}

/** A groundcheck photo's bytes, decrypted, for display. */
export async function readGroundcheckPhoto(ctx: ServiceContext, id: number): Promise<{ mime: string; contentBase64: string }> {
  await requireDinsosOffice(ctx);
  const row = selectPhoto(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Foto groundcheck dengan id ${id} tidak ditemukan`, 'id');
  return { mime: row.mime, contentBase64: readStoredFile(ctx, row.sha256, `foto groundcheck ${row.file_name}`).toString('base64') };
}
