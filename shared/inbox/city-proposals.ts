import { z } from 'zod';
import { options } from '../household/options';
import { DECISIONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../meeting/options';
import type { ProposalKind } from '../meeting/options';
import { daysBetween } from '../meeting/due';
import { calendarDate } from '../format/date';

/** What Dinsos answers about each proposal. */
export const DINSOS_STATUSES = options({
  DITERIMA: 'Diterima',
  DIKEMBALIKAN: 'Dikembalikan',
  GROUNDCHECK_LAYAK: 'Groundcheck: layak',
  GROUNDCHECK_TIDAK_LAYAK: 'Groundcheck: tidak layak',
  DALAM_PROSES: 'Dalam proses',
});
export type DinsosStatus = (typeof DINSOS_STATUSES.codes)[number];

/**
 * What Dinsos sends back for another look: returned, or found not eligible on the ground; the kelurahan carries
 * these on. An objection or a deactivation found not eligible is upheld, not sent back: it asked for just that.
 */
export function isSentBack(status: DinsosStatus, kind: ProposalKind): boolean {
  if (status === 'DIKEMBALIKAN') return true;
  return status === 'GROUNDCHECK_TIDAK_LAYAK' && kind !== 'SANGGAHAN' && kind !== 'PENONAKTIFAN';
}

/** An objection (sanggahan) lapses when the local government does not verify it within this many days of the meeting. */
export const OBJECTION_DAYS = 14;

export const DeadlineSchema = z.object({ dueDate: z.string(), daysLeft: z.number().int() });
export type Deadline = z.infer<typeof DeadlineSchema>;

/** An objection not yet answered: days left from today (negative once lapsed); other proposals have no deadline. */
export function objectionDeadline(kind: ProposalKind, meetingDate: string, answered: boolean, today: string): Deadline | null {
  if (kind !== 'SANGGAHAN' || answered) return null;
  const due = calendarDate(meetingDate);
  due.setUTCDate(due.getUTCDate() + OBJECTION_DAYS);
  const dueDate = due.toISOString().slice(0, 10);
  return { dueDate, daysLeft: daysBetween(today, dueDate) };
}

/** What a proposal conflicts with in the packages of other meetings (see cross-checks in the city register). */
export const CROSS_CHECKS = options({
  NIK_KELURAHAN_LAIN: 'NIK yang sama diusulkan kelurahan lain',
  KK_BERBEDA: 'Orang yang sama tercatat dalam KK lain',
  BERTENTANGAN: 'Bertentangan dengan usulan lain yang telah disetujui',
});
export type CrossCheckCode = (typeof CROSS_CHECKS.codes)[number];

export const CrossCheckSchema = z.object({
  code: z.enum(CROSS_CHECKS.codes),
  otherProposalId: z.number().int(),
  message: z.string(),
});
export type CrossCheck = z.infer<typeof CrossCheckSchema>;

export const CityProposalFilterSchema = z.object({
  kelurahanCode: z.string().regex(/^\d{10}$/, 'Kode kelurahan harus 10 digit').optional(),
  kind: z.enum(PROPOSAL_KINDS.codes).optional(),
  program: z.enum(PROPOSAL_PROGRAMS.codes).optional(),
  decision: z.enum(DECISIONS.codes).optional(),
  groundcheck: z.boolean().optional(),
  /** A Dinsos status, or BELUM for proposals not answered yet. */
  dinsosStatus: z.enum([...DINSOS_STATUSES.codes, 'BELUM']).optional(),
  /** Only proposals with at least one cross-kelurahan finding. */
  crossChecked: z.boolean().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type CityProposalFilter = z.input<typeof CityProposalFilterSchema>;

export const CityProposalSchema = z.object({
  id: z.number().int(),
  packageId: z.number().int(),
  kelurahanCode: z.string(),
  kelurahanName: z.string(),
  meetingDate: z.string(),
  no: z.number().int(),
  nik: z.string(),
  noKk: z.string(),
  name: z.string(),
  address: z.string(),
  rt: z.number().int(),
  rw: z.number().int(),
  desil: z.number().int().nullable(),
  kind: z.enum(PROPOSAL_KINDS.codes),
  programs: z.array(z.enum(PROPOSAL_PROGRAMS.codes)),
  reason: z.string(),
  decision: z.enum(DECISIONS.codes),
  groundcheck: z.boolean(),
  note: z.string(),
  dinsosStatus: z.enum(DINSOS_STATUSES.codes).nullable(),
  deadline: DeadlineSchema.nullable(),
  crossChecks: z.array(CrossCheckSchema),
});
export type CityProposal = z.infer<typeof CityProposalSchema>;

export const KelurahanCountSchema = z.object({
  kelurahanCode: z.string(),
  kelurahanName: z.string(),
  proposals: z.number().int(),
  approved: z.number().int(),
  groundcheck: z.number().int(),
  answered: z.number().int(),
});

export const CityProposalPageSchema = z.object({
  total: z.number().int(),
  rows: z.array(CityProposalSchema),
  perKelurahan: z.array(KelurahanCountSchema),
});
export type CityProposalPage = z.infer<typeof CityProposalPageSchema>;

/** One proposal opened: what the list shows, plus its package, the rest of the kelurahan's record and its evidence. */
export const CityProposalDetailSchema = CityProposalSchema.safeExtend({
  fileName: z.string(),
  letterNumber: z.string(),
  currentPrograms: z.array(z.string()),
  deactivationReason: z.string().nullable(),
  source: z.string(),
  dinsosNote: z.string(),
  evidence: z.array(z.object({ id: z.number().int(), kind: z.string(), file: z.string() })),
});
export type CityProposalDetail = z.infer<typeof CityProposalDetailSchema>;

export const INBOX_DOCUMENTS = ['BERITA_ACARA', 'DAFTAR_HADIR'] as const;
export type InboxDocument = (typeof INBOX_DOCUMENTS)[number];
