import { z } from 'zod';

/** One meeting's or household's history (kelurahan), or one proposal's of the city register (Dinsos). */
export type AuditScope = { meetingId: number } | { householdId: number } | { cityProposalId: number };

export const AUDIT_ACTIONS = ['BUAT', 'UBAH', 'HAPUS', 'PUTUSAN', 'STATUS'] as const;
export const AUDIT_ENTITIES = ['PENGATURAN', 'KELUARGA', 'MUSYAWARAH', 'HADIR', 'USULAN', 'LAMPIRAN', 'ATURAN', 'KUNCI', 'PAKET', 'FOLDER_DATA', 'IMPOR_DTSEN', 'KUNCI_KELURAHAN', 'PAKET_MASUK', 'TANGGAPAN', 'GROUNDCHECK'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  operator: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What the history shows in place of a personal field whose household was deleted (and its key destroyed). */
export const ERASED_PERSONAL_DATA = '(data pribadi telah dihapus)';

export const AuditVerdictSchema = z.object({
  entries: z.number().int(),
  ok: z.boolean(),
  firstBroken: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdictSchema>;

/**
 * The chain's head: how many entries it had and the last one's hash, as "N:HASH". Printed on the berita acara
 * and written into the package, it lets a later check notice entries removed from the end, which the chain
 * alone cannot (a shortened chain is still a valid chain).
 */
export const AUDIT_HEAD = /^(\d+):([0-9a-f]{16,64})$/i;
export const AuditHeadSchema = z.string().trim().regex(AUDIT_HEAD, 'Kepala catatan audit ditulis JUMLAH:SIDIK, misalnya 1234:9f3a07c1d2e4b6a8');
