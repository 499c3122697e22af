import { z } from 'zod';
import { isRealIsoDate } from '../format/date-input';
import {
  DEACTIVATION_REASONS, DECISIONS, EVIDENCE_KINDS, MEETING_STATUSES, PROPOSAL_KINDS, PROPOSAL_PROGRAMS, PROPOSAL_SOURCES, UNSUR,
} from './options';
import { needsReason } from './meeting-rules';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const text = (label: string, max: number) =>
  z.string({ error: `${label} wajib diisi` }).trim().min(1, `${label} wajib diisi`).max(max, `${label} paling panjang ${max} karakter`);
const nip = z.string().trim().regex(/^(\d{18})?$/, 'NIP harus 18 digit (kosongkan bila tidak ada)');

export const MeetingInputSchema = z
  .object({
    date: z.string({ error: 'Tanggal wajib diisi' }).refine(isRealIsoDate, 'Tulis tanggal sebagai HH-BB-TTTT'),
    startTime: z.string().regex(TIME, 'Jam mulai ditulis JJ:MM, misalnya 09:00'),
    endTime: z.string().regex(TIME, 'Jam selesai ditulis JJ:MM, misalnya 12:00').nullable(),
    place: text('Tempat', 150),
    letterNumber: text('Nomor surat', 80),
    agenda: text('Acara', 1000),
    chairName: text('Nama pimpinan rapat', 100),
    chairNip: nip,
    secretaryName: text('Nama notulis', 100),
    secretaryNip: nip,
  })
  .refine((m) => m.endTime === null || m.endTime > m.startTime, { path: ['endTime'], error: 'Jam selesai harus setelah jam mulai' });
export type MeetingInput = z.infer<typeof MeetingInputSchema>;

const Status = z.enum(MEETING_STATUSES.codes);
const Decision = z.enum(DECISIONS.codes);
const Kind = z.enum(PROPOSAL_KINDS.codes);

export const MeetingCountsSchema = z.object({
  proposals: z.number().int(),
  decided: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  deferred: z.number().int(),
  groundcheck: z.number().int(),
  attendees: z.number().int(),
  present: z.number().int(),
  /** Packages sent to Dinsos from this meeting. */
  exports: z.number().int(),
});

export const MeetingSchema = MeetingInputSchema.safeExtend({
  id: z.number().int(),
  kelurahanCode: z.string(),
  status: Status,
  closedAt: z.string().nullable(),
  counts: MeetingCountsSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingCounts = z.infer<typeof MeetingCountsSchema>;

export const AttendeeInputSchema = z
  .object({
    name: text('Nama', 100),
    unsur: z.enum(UNSUR.codes, { error: 'Pilih unsur' }),
    rt: z.number().int().min(1).max(999).nullable(),
    rw: z.number().int().min(1).max(999).nullable(),
    phone: z.string().trim().regex(/^(\+?\d[\d -]{6,18})?$/, 'Nomor telepon hanya angka, spasi, - atau +').nullable(),
    present: z.boolean(),
  })
  .superRefine((a, ctx) => {
    if (a.unsur === 'RT' && (a.rt === null || a.rw === null)) ctx.addIssue({ code: 'custom', path: ['rt'], message: 'Ketua RT: isi RT dan RW' });
    if (a.unsur === 'RW' && a.rw === null) ctx.addIssue({ code: 'custom', path: ['rw'], message: 'Ketua RW: isi RW' });
  });
export type AttendeeInput = z.infer<typeof AttendeeInputSchema>;
export const AttendeeSchema = AttendeeInputSchema.safeExtend({ id: z.number().int(), meetingId: z.number().int() });
export type Attendee = z.infer<typeof AttendeeSchema>;

export const ProposalInputSchema = z
  .object({
    householdId: z.number({ error: 'Pilih keluarga' }).int().positive('Pilih keluarga'),
    memberId: z.number().int().positive().nullable(),
    kind: Kind,
    programs: z.array(z.enum(PROPOSAL_PROGRAMS.codes)).refine((p) => new Set(p).size === p.length, 'Program tercantum dua kali'),
    deactivationReason: z.enum(DEACTIVATION_REASONS.codes).nullable(),
    reason: text('Alasan usulan', 1000),
    source: z.enum(PROPOSAL_SOURCES.codes, { error: 'Pilih sumber usulan' }),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'USULAN_PROGRAM' && p.programs.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['programs'], message: 'Pilih paling sedikit satu program yang diusulkan' });
    }
    if (p.kind === 'PENONAKTIFAN' && p.deactivationReason === null) {
      ctx.addIssue({ code: 'custom', path: ['deactivationReason'], message: 'Pilih alasan penonaktifan' });
    }
    if (p.kind !== 'PENONAKTIFAN' && p.deactivationReason !== null) {
      ctx.addIssue({ code: 'custom', path: ['deactivationReason'], message: 'Alasan penonaktifan hanya untuk usulan penonaktifan' });
    }
  });
export type ProposalInput = z.infer<typeof ProposalInputSchema>;

export const DecisionInputSchema = z
  .object({
    proposalId: z.number().int().positive(),
    decision: Decision.nullable(),
    groundcheck: z.boolean(),
    note: z.string().trim().max(1000, 'Catatan paling panjang 1000 karakter'),
  })
  .superRefine((d, ctx) => {
    if (needsReason(d.decision) && d.note === '') {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `Usulan yang ${d.decision === 'DITOLAK' ? 'ditolak' : 'ditunda'} wajib diberi alasan` });
    }
  });
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const EvidenceSchema = z.object({
  id: z.number().int(),
  proposalId: z.number().int(),
  kind: z.enum(EVIDENCE_KINDS.codes),
  fileName: z.string(),
  sha256: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EvidenceUploadSchema = z.object({
  proposalId: z.number().int().positive(),
  kind: z.enum(EVIDENCE_KINDS.codes, { error: 'Pilih jenis dokumen' }),
  fileName: z.string().trim().min(1).max(200),
  /** File content, base64; the size limit is checked on the decoded bytes. */
  contentBase64: z.string().max(8_000_000, 'Berkas terlalu besar (paling besar 5 MB)'),
});
export type EvidenceUpload = z.infer<typeof EvidenceUploadSchema>;
