import type { SentPackage } from '../../shared/package/export-schema';

export interface ExportDbRow {
  id: number;
  meeting_id: number;
  file_name: string;
  sha256: string;
  size: number;
  key_id: string;
  encrypted: 0 | 1;
  /** JSON array of the age recipients the package was encrypted to. */
  recipients: string;
  created_at: string;
}

/** A package as recorded when it was written. */
export interface ExportRecord {
  meetingId: number;
  fileName: string;
  sha256: string;
  size: number;
  keyId: string;
  encrypted: boolean;
  recipients: readonly string[];
  createdAt: string;
}

export function sentPackageFromDb(row: ExportDbRow): SentPackage {
  return { fileName: row.file_name, sha256: row.sha256, keyId: row.key_id, encrypted: row.encrypted === 1, createdAt: row.created_at };
}

export function exportToDb(e: ExportRecord): Omit<ExportDbRow, 'id'> {
  return {
    meeting_id: e.meetingId, file_name: e.fileName, sha256: e.sha256, size: e.size, key_id: e.keyId, encrypted: e.encrypted ? 1 : 0,
    recipients: JSON.stringify(e.recipients), created_at: e.createdAt,
  };
}
