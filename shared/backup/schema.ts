import { z } from 'zod';

/** Why a backup was taken; automatic kinds are rotated (main/backup/rotation.ts), MANUAL ones are kept. */
export const BACKUP_KINDS = ['HARIAN', 'TUTUP_MUSYAWARAH', 'SEBELUM_MIGRASI', 'SEBELUM_PEMULIHAN', 'SEBELUM_PERUBAHAN_MASSAL', 'MANUAL'] as const;
export const BackupKindSchema = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKindSchema>;

export const BACKUP_KIND_LABEL: Record<BackupKind, string> = {
  HARIAN: 'Harian',
  TUTUP_MUSYAWARAH: 'Sebelum musyawarah diselesaikan',
  SEBELUM_MIGRASI: 'Sebelum pembaruan skema',
  SEBELUM_PEMULIHAN: 'Sebelum pemulihan',
  SEBELUM_PERUBAHAN_MASSAL: 'Sebelum impor data DTSEN',
  MANUAL: 'Dibuat operator',
};

export const BackupCountsSchema = z.object({
  households: z.number().int().nonnegative(),
  members: z.number().int().nonnegative(),
  meetings: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
});
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

export const BackupFileEntrySchema = z.object({
  path: z.string().regex(/^(muskel\.sqlite|kunci-data\.json|lampiran\/[0-9a-f]{64})$/),
  /** Where the file's bytes start in the backup (main/backup/backup-container.ts). */
  offset: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** `cadangan.json`, at the end of every backup file: readable without the key, authenticated with it. */
export const BackupManifestSchema = z.object({
  format: z.literal('muskel-cadangan'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  kind: BackupKindSchema,
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().nonnegative(),
  kelurahan: z.object({ code: z.string().regex(/^\d{10}$/), name: z.string().max(120) }).nullable(),
  counts: BackupCountsSchema,
  files: z.array(BackupFileEntrySchema).max(100_000),
  /** Names the data key without revealing it (HMAC), so a restore knows whether the open folder's key fits. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** HMAC-SHA256 under the data key of everything above. */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const BackupSummarySchema = z.object({
  file: z.string(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  createdAt: z.string(),
  kind: BackupKindSchema,
  schemaVersion: z.number().int().nonnegative(),
  kelurahan: z.object({ code: z.string(), name: z.string() }).nullable(),
  counts: BackupCountsSchema,
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

export const BackupJobSchema = z.object({
  id: z.string(),
  step: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  result: BackupSummarySchema.nullable(),
  error: z.string().nullable(),
  cancelled: z.boolean(),
});
export type BackupJob = z.infer<typeof BackupJobSchema>;
