import type { PackagePayload } from '../../shared/package/schema';
import type { InboxPackage } from '../../shared/inbox/schema';

export interface InboxPackageDbRow {
  sha256: string;
  file_name: string;
  bag_name: string;
  kelurahan_code: string;
  kelurahan_name: string;
  kecamatan_name: string;
  meeting_ref: number;
  meeting_date: string;
  letter_number: string;
  signer_key_id: string;
  reply_recipient: string | null;
  berita_acara_sha256: string | null;
  daftar_hadir_sha256: string | null;
  imported_at: string;
  imported_by: string;
}

export type InboxListDbRow = Pick<InboxPackageDbRow, 'file_name' | 'bag_name' | 'kelurahan_code' | 'kelurahan_name' | 'kecamatan_name' | 'meeting_date' | 'letter_number' | 'signer_key_id' | 'imported_at' | 'imported_by'> & {
  id: number;
  proposals: number;
  replaced_at: string | null;
  answers_sent: number;
  last_answer_at: string | null;
};

export function inboxPackageFromDb(row: InboxListDbRow): InboxPackage {
  return {
    id: row.id, fileName: row.file_name, bagName: row.bag_name, kelurahanCode: row.kelurahan_code, kelurahanName: row.kelurahan_name,
    kecamatanName: row.kecamatan_name, meetingDate: row.meeting_date, letterNumber: row.letter_number, signerKeyId: row.signer_key_id,
    proposals: row.proposals, importedAt: row.imported_at, importedBy: row.imported_by, replacedAt: row.replaced_at,
    answersSent: row.answers_sent, lastAnswerAt: row.last_answer_at,
  };
}

export interface CityProposalInsertDbRow {
  package_id: number;
  no: number;
  kelurahan_code: string;
  nik: string;
  no_kk: string;
  name: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  current_programs: string;
  kind: string;
  programs: string;
  deactivation_reason: string | null;
  reason: string;
  source: string;
  decision: string;
  groundcheck: 0 | 1;
  note: string;
}

export function cityProposalToDb(packageId: number, kelurahanCode: string, p: PackagePayload['proposals'][number]): CityProposalInsertDbRow {
  return {
    package_id: packageId, no: p.no, kelurahan_code: kelurahanCode, nik: p.nik, no_kk: p.noKk, name: p.name, address: p.address, rt: p.rt, rw: p.rw,
    desil: p.desil, current_programs: JSON.stringify(p.currentPrograms), kind: p.kind, programs: JSON.stringify(p.programs),
    deactivation_reason: p.deactivationReason, reason: p.reason, source: p.source, decision: p.decision, groundcheck: p.groundcheck ? 1 : 0, note: p.note,
  };
}
