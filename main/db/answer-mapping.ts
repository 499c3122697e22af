import type { DinsosStatus } from '../../shared/inbox/city-proposals';
import type { ProposalKind } from '../../shared/meeting/options';

/** A proposal of a package as the answer reports it. */
export interface AnsweredProposalDbRow {
  id: number;
  no: number;
  nik: string;
  name: string;
  dinsos_status: DinsosStatus | null;
  dinsos_note: string;
}

export interface AnswerPackageDbRow {
  id: number;
  sha256: string;
  kelurahan_code: string;
  kelurahan_name: string;
  meeting_ref: number;
  meeting_date: string;
  letter_number: string;
  reply_recipient: string | null;
  replaced_at: string | null;
}

export interface ReceivedAnswerDbRow {
  sha256: string;
  file_name: string;
  meeting_id: number;
  issued_at: string;
  imported_at: string;
  imported_by: string;
}

export interface SiksNgDbRow {
  kind: ProposalKind;
  nik: string;
  no_kk: string;
  name: string;
  address: string;
  rt: number;
  rw: number;
  kelurahan_code: string;
  kelurahan_name: string;
  kecamatan_name: string;
  desil: number | null;
  programs: string;
  dinsos_status: DinsosStatus;
  dinsos_note: string;
}
