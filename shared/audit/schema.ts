import { z } from 'zod';

export const AUDIT_ACTIONS = ['BUAT', 'UBAH', 'HAPUS', 'PUTUSAN', 'STATUS'] as const;
export const AUDIT_ENTITIES = ['PENGATURAN', 'KELUARGA', 'MUSYAWARAH', 'HADIR', 'USULAN', 'LAMPIRAN', 'ATURAN', 'KUNCI', 'PAKET'] as const;
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

export const AuditVerdictSchema = z.object({
  entries: z.number().int(),
  ok: z.boolean(),
  firstBroken: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdictSchema>;
