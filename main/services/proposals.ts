import { EvidenceSchema } from '../../shared/meeting/schema';
import type { DecisionInput, Evidence, ProposalInput } from '../../shared/meeting/schema';
import { ProposalHouseholdSchema, ProposalViewSchema } from '../../shared/meeting/proposal-view';
import type { ProposalHousehold, ProposalView } from '../../shared/meeting/proposal-view';
import { eligibilityHints } from '../../shared/rules/hints';
import { selectEvidenceFor } from '../db/evidence-queries';
import type { EvidenceDbRow } from '../db/evidence-queries';
import { deleteProposal, insertProposal, selectProposal, selectProposals, updateDecision, updateProposal } from '../db/proposal-queries';
import type { ProposalDbRow } from '../db/proposal-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { getHousehold } from './households';
import { loadMeeting, openMeeting } from './meeting-guard';
import { ruleSetOn } from './rules';

export function householdSnapshot(ctx: ServiceContext, householdId: number): ProposalHousehold {
  const h = getHousehold(ctx, householdId);
  const head = h.members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? h.members[0];
  return {
    id: h.id, noKk: h.noKk, headName: head?.name ?? '', headNik: head?.nik ?? '', address: h.address, rt: h.rt, rw: h.rw,
    desil: h.desil, programs: h.programs,
    members: h.members.map((m) => ({ id: m.id, nik: m.nik, name: m.name, sex: m.sex, birthDate: m.birthDate, relationship: m.relationship })),
  };
}

export function proposalInputOf(row: ProposalDbRow): ProposalInput {
  return {
    householdId: row.household_id,
    memberId: row.member_id,
    kind: row.kind as ProposalInput['kind'],
    programs: JSON.parse(row.programs) as ProposalInput['programs'],
    deactivationReason: row.deactivation_reason as ProposalInput['deactivationReason'],
    reason: row.reason,
    source: row.source as ProposalInput['source'],
  };
}

function evidenceFromDb(row: EvidenceDbRow): Evidence {
  return EvidenceSchema.parse({ id: row.id, proposalId: row.proposal_id, kind: row.kind, fileName: row.file_name, sha256: row.sha256, mime: row.mime, size: row.size });
}

function viewOf(ctx: ServiceContext, meetingDate: string, row: ProposalDbRow, evidence: readonly EvidenceDbRow[]): ProposalView {
  const input = proposalInputOf(row);
  const frozen = row.snapshot !== null;
  const live = frozen ? null : getHousehold(ctx, row.household_id);
  const household = row.snapshot ? ProposalHouseholdSchema.parse(JSON.parse(row.snapshot)) : householdSnapshot(ctx, row.household_id);
  // A closed meeting shows what it decided on; hints belong to the live discussion.
  const hints = live
    ? eligibilityHints(
        { kind: input.kind, proposedPrograms: input.programs, desil: live.desil, currentPrograms: live.programs, members: live.members, meetingDate },
        ruleSetOn(ctx, meetingDate),
      )
    : [];
  return ProposalViewSchema.parse({
    ...input,
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    decision: row.decision,
    groundcheck: row.groundcheck === 1,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at,
    carriedFrom: row.carried_from,
    household,
    hints,
    evidence: evidence.filter((e) => e.proposal_id === row.id).map(evidenceFromDb),
  });
}

/** Proposals of a meeting as the meeting sees them: household (frozen once closed), hints and evidence. */
export function listProposals(ctx: ServiceContext, meetingId: number): ProposalView[] {
  const meeting = loadMeeting(ctx, meetingId);
  const rows = selectProposals(ctx.db, meetingId);
  const evidence = selectEvidenceFor(ctx.db, rows.map((r) => r.id));
  return rows.map((row) => viewOf(ctx, meeting.date, row, evidence));
}

export function getProposal(ctx: ServiceContext, id: number): ProposalView {
  const row = loadProposal(ctx, id);
  return viewOf(ctx, loadMeeting(ctx, row.meeting_id).date, row, selectEvidenceFor(ctx.db, [id]));
}

function checkTarget(ctx: ServiceContext, input: ProposalInput): void {
  const household = getHousehold(ctx, input.householdId);
  if (input.memberId !== null && !household.members.some((m) => m.id === input.memberId)) {
    throw new AppError('INVALID_INPUT', 'Anggota yang dipilih bukan anggota keluarga ini', 'memberId');
  }
}

function loadProposal(ctx: ServiceContext, id: number): ProposalDbRow {
  const row = selectProposal(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan`);
  return row;
}

export function addProposal(ctx: ServiceContext, meetingId: number, input: ProposalInput): ProposalView {
  return ctx.db.transaction(() => {
    openMeeting(ctx, meetingId);
    checkTarget(ctx, input);
    const id = insertProposal(ctx.db, meetingId, input, ctx.now().toISOString());
    record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: id, meetingId, householdId: input.householdId, after: input });
    return getProposal(ctx, id);
  })();
}

export function editProposal(ctx: ServiceContext, id: number, input: ProposalInput): ProposalView {
  return ctx.db.transaction(() => {
    const row = loadProposal(ctx, id);
    openMeeting(ctx, row.meeting_id);
    checkTarget(ctx, input);
    updateProposal(ctx.db, id, input, ctx.now().toISOString());
    record(ctx, { action: 'UBAH', entity: 'USULAN', entityId: id, meetingId: row.meeting_id, householdId: input.householdId, before: proposalInputOf(row), after: input });
    return getProposal(ctx, id);
  })();
}

export function removeProposal(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const row = loadProposal(ctx, id);
    openMeeting(ctx, row.meeting_id);
    deleteProposal(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'USULAN', entityId: id, meetingId: row.meeting_id, householdId: row.household_id, before: proposalInputOf(row) });
    return { id };
  })();
}

/** One decision, written and committed the moment it is made. */
export function decide(ctx: ServiceContext, input: DecisionInput): ProposalView {
  return ctx.db.transaction(() => {
    const row = loadProposal(ctx, input.proposalId);
    openMeeting(ctx, row.meeting_id, ['BERLANGSUNG']);
    updateDecision(ctx.db, input, ctx.now().toISOString());
    record(ctx, {
      action: 'PUTUSAN', entity: 'USULAN', entityId: row.id, meetingId: row.meeting_id, householdId: row.household_id,
      before: { decision: row.decision, groundcheck: row.groundcheck === 1, note: row.decision_note },
      after: { decision: input.decision, groundcheck: input.groundcheck, note: input.note },
    });
    return getProposal(ctx, row.id);
  })();
}
