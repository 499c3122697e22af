import type { CityProposalDetail, InboxDocument } from '../../../shared/inbox/city-proposals';
import { selectCityEvidence, selectCityEvidenceOf, selectCityProposal } from '../../db/city-proposal-queries';
import { selectPackageDocuments } from '../../db/inbox-queries';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { readStoredFile } from '../evidence';
import { sniffType } from '../file-type';
import { requireDinsosOffice } from '../office';
import { annotated } from './city-proposals';

/** One proposal of the register with its package, the kelurahan's whole record of it and its evidence. */
export async function getCityProposal(ctx: ServiceContext, id: number): Promise<CityProposalDetail> {
  const office = await requireDinsosOffice(ctx);
  const row = selectCityProposal(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan di daftar usulan kota`);
  const [proposal] = annotated(ctx, office.regionCode, [row]);
  if (!proposal) throw new Error('annotated dropped a row');
  return {
    ...proposal,
    fileName: row.file_name,
    letterNumber: row.letter_number,
    currentPrograms: JSON.parse(row.current_programs) as string[],
    deactivationReason: row.deactivation_reason,
    source: row.source,
    dinsosNote: row.dinsos_note,
    evidence: selectCityEvidenceOf(ctx.db, id),
  };
}

const fileContent = (bytes: Buffer) => ({ mime: sniffType(bytes) ?? 'application/octet-stream', contentBase64: bytes.toString('base64') });

export async function readInboxDocument(ctx: ServiceContext, packageId: number, document: InboxDocument): Promise<{ mime: string; contentBase64: string }> {
  await requireDinsosOffice(ctx);
  const row = selectPackageDocuments(ctx.db, packageId);
  if (!row) throw new AppError('NOT_FOUND', `Paket dengan id ${packageId} tidak ditemukan`);
  const sha = document === 'BERITA_ACARA' ? row.berita_acara_sha256 : row.daftar_hadir_sha256;
  const label = document === 'BERITA_ACARA' ? 'berita acara' : 'daftar hadir';
  if (!sha) throw new AppError('NOT_FOUND', `Paket ${row.file_name} tidak memuat ${label}`);
  return fileContent(readStoredFile(ctx, sha, `${label} paket ${row.file_name}`));
}

export async function readCityEvidence(ctx: ServiceContext, id: number): Promise<{ mime: string; contentBase64: string }> {
  await requireDinsosOffice(ctx);
  const row = selectCityEvidence(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Lampiran dengan id ${id} tidak ditemukan`);
  return fileContent(readStoredFile(ctx, row.sha256, `lampiran ${row.file}`));
}
