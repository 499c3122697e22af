import type { EvidenceKind } from '../../shared/meeting/options';
import { EvidenceSchema } from '../../shared/meeting/schema';
import type { Evidence } from '../../shared/meeting/schema';

export interface EvidenceDbRow {
  id: number;
  proposal_id: number;
  kind: EvidenceKind;
  file_name: string;
  /** Also the file's name in the data folder's lampiran/. */
  sha256: string;
  mime: string;
  size: number;
}

export type NewEvidenceDbRow = Omit<EvidenceDbRow, 'id'>;

export function evidenceFromDb(row: EvidenceDbRow): Evidence {
  return EvidenceSchema.parse({ id: row.id, proposalId: row.proposal_id, kind: row.kind, fileName: row.file_name, sha256: row.sha256, mime: row.mime, size: row.size });
}

export function evidenceToDb(e: Omit<Evidence, 'id'>): NewEvidenceDbRow {
  return { proposal_id: e.proposalId, kind: e.kind, file_name: e.fileName, sha256: e.sha256, mime: e.mime, size: e.size };
}
