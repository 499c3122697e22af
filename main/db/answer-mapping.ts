import type { ReceivedAnswer } from '../../shared/answer/schema';
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

export type ReceivedAnswerListDbRow = ReceivedAnswerDbRow & { id: number; meeting_date: string; letter_number: string };

export function receivedAnswerFromDb(row: ReceivedAnswerListDbRow): ReceivedAnswer {
  return {
    id: row.id, fileName: row.file_name, meetingId: row.meeting_id, meetingDate: row.meeting_date, letterNumber: row.letter_number,
    issuedAt: row.issued_at, importedAt: row.imported_at, importedBy: row.imported_by,
  };
}

/** An accepted proposal as the SIKS-NG sheet lists it. */
export type SiksNgDbRow = Pick<CityProposalDbRow, 'kind' | 'nik' | 'no_kk' | 'name' | 'address' | 'rt' | 'rw' | 'kelurahan_code' | 'kelurahan_name' | 'desil' | 'programs'> & {
  kecamatan_name: string;
  dinsos_status: DinsosStatus;
  dinsos_note: string;
};
