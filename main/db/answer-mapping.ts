import type { DinsosStatus } from '../../shared/inbox/city-proposals';
import type { CityProposalDbRow } from './city-proposal-mapping';

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

/** An accepted proposal as the SIKS-NG sheet lists it. */
export type SiksNgDbRow = Pick<CityProposalDbRow, 'kind' | 'nik' | 'no_kk' | 'name' | 'address' | 'rt' | 'rw' | 'kelurahan_code' | 'kelurahan_name' | 'desil' | 'programs'> & {
  kecamatan_name: string;
  dinsos_status: DinsosStatus;
  dinsos_note: string;
};
