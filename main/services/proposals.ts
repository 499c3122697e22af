import type { Household } from '../../shared/household/schema';
import type { ProposalHousehold, ProposalRecord, ProposalView } from '../../shared/meeting/proposal-view';
import type { DecisionInput, ProposalInput } from '../../shared/meeting/schema';
import { eligibilityHints } from '../../shared/rules/hints';
import type { RuleSet } from '../../shared/rules/ruleset';
import { evidenceFromDb } from '../db/evidence-mapping';
import { selectEvidenceFor } from '../db/evidence-queries';
import { proposalFromDb } from '../db/proposal-mapping';
import { deleteProposal, insertProposal, selectProposal, selectProposals, updateDecision, updateProposal } from '../db/proposal-queries';
import { AppError } from './app-error';
import { record } from './audit';
import type { ServiceContext } from './context';
import { getHousehold, getHouseholds } from './households';
import { loadMeeting, openMeeting } from './meeting-guard';
import { ruleSetOn } from './rules';
import { writeTransaction } from '../db/write-transaction';

/** The household as a proposal shows it: head, address, desil, programmes and members. */
export function householdSnapshot(h: Household): ProposalHousehold {
  const head = h.members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? h.members[0];
  return {
    id: h.id, noKk: h.noKk, headName: head?.name ?? '', headNik: head?.nik ?? '', address: h.address, rt: h.rt, rw: h.rw,
    desil: h.desil, programs: h.programs,
    members: h.members.map((m) => ({ id: m.id, nik: m.nik, name: m.name, sex: m.sex, birthDate: m.birthDate, relationship: m.relationship })),
  };
}

export function proposalInputOf(p: ProposalRecord): ProposalInput {
  return {
    householdId: p.householdId, memberId: p.memberId, kind: p.kind, programs: p.programs, deactivationReason: p.deactivationReason, reason: p.reason, source: p.source,
  };
}

/**
 * Proposals as the meeting sees them, in a constant number of statements whatever their count: the live
 * households of open proposals in one batch, evidence in one, the rule set once. A closed meeting shows the
 * households frozen at closing and no hints: hints belong to the live discussion.
 */
function viewsOf(ctx: ServiceContext, meetingDate: string, records: readonly ProposalRecord[]): ProposalView[] {
  const live = getHouseholds(ctx, records.filter((p) => p.snapshot === null).map((p) => p.householdId));
  const evidence = selectEvidenceFor(ctx.db, records.map((p) => p.id)).map(evidenceFromDb);
  const evidenceOf = (id: number) => evidence.filter((e) => e.proposalId === id);
  let rules: RuleSet | null = null;
  return records.map(({ snapshot, ...p }) => {
    if (snapshot) return { ...p, household: snapshot, hints: [], evidence: evidenceOf(p.id) };
    const household = live.get(p.householdId);
    if (!household) throw new AppError('NOT_FOUND', `Keluarga dengan id ${p.householdId} tidak ditemukan`);
    rules ??= ruleSetOn(ctx, meetingDate);
    const hints = eligibilityHints(
      { kind: p.kind, proposedPrograms: p.programs, desil: household.desil, currentPrograms: household.programs, members: household.members, meetingDate },
      rules,
    );
    return { ...p, household: householdSnapshot(household), hints, evidence: evidenceOf(p.id) };
  });
}

export function listProposals(ctx: ServiceContext, meetingId: number): ProposalView[] {
  const meeting = loadMeeting(ctx, meetingId);
  return viewsOf(ctx, meeting.date, selectProposals(ctx.db, meetingId).map(proposalFromDb));
}

export function getProposal(ctx: ServiceContext, id: number): ProposalView {
  const p = loadProposal(ctx, id);
  const [view] = viewsOf(ctx, loadMeeting(ctx, p.meetingId).date, [p]);
  if (!view) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan`);
  return view;
}

function checkTarget(ctx: ServiceContext, input: ProposalInput): void {
  const household = getHousehold(ctx, input.householdId);
  if (input.memberId !== null && !household.members.some((m) => m.id === input.memberId)) {
    throw new AppError('INVALID_INPUT', 'Anggota yang dipilih bukan anggota keluarga ini', 'memberId');
  }
}

export function loadProposal(ctx: ServiceContext, id: number): ProposalRecord {
  const row = selectProposal(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Usulan dengan id ${id} tidak ditemukan`);
  return proposalFromDb(row);
}

export function meetingProposals(ctx: ServiceContext, meetingId: number): ProposalRecord[] {
  return selectProposals(ctx.db, meetingId).map(proposalFromDb);
}

export function addProposal(ctx: ServiceContext, meetingId: number, input: ProposalInput): ProposalView {
  return writeTransaction(ctx.db, () => {
    openMeeting(ctx, meetingId);
    checkTarget(ctx, input);
    const id = insertProposal(ctx.db, meetingId, input, ctx.now().toISOString());
    record(ctx, { action: 'BUAT', entity: 'USULAN', entityId: id, meetingId, householdId: input.householdId, after: input });
    return getProposal(ctx, id);
  });
}

export function editProposal(ctx: ServiceContext, id: number, input: ProposalInput): ProposalView {
  return writeTransaction(ctx.db, () => {
    const before = loadProposal(ctx, id);
    openMeeting(ctx, before.meetingId);
    checkTarget(ctx, input);
    updateProposal(ctx.db, id, input, ctx.now().toISOString());
    record(ctx, { action: 'UBAH', entity: 'USULAN', entityId: id, meetingId: before.meetingId, householdId: input.householdId, before: proposalInputOf(before), after: input });
    return getProposal(ctx, id);
  });
}

export function removeProposal(ctx: ServiceContext, id: number): { id: number } {
  return writeTransaction(ctx.db, () => {
    const before = loadProposal(ctx, id);
    openMeeting(ctx, before.meetingId);
    deleteProposal(ctx.db, id);
    record(ctx, { action: 'HAPUS', entity: 'USULAN', entityId: id, meetingId: before.meetingId, householdId: before.householdId, before: proposalInputOf(before) });
    return { id };
  });
}

/** One decision, written and committed the moment it is made. */
export function decide(ctx: ServiceContext, input: DecisionInput): ProposalView {
  return writeTransaction(ctx.db, () => {
    const before = loadProposal(ctx, input.proposalId);
    openMeeting(ctx, before.meetingId, ['BERLANGSUNG']);
    updateDecision(ctx.db, input, ctx.now().toISOString());
    record(ctx, {
      action: 'PUTUSAN', entity: 'USULAN', entityId: before.id, meetingId: before.meetingId, householdId: before.householdId,
      before: { decision: before.decision, groundcheck: before.groundcheck, note: before.decisionNote },
      after: { decision: input.decision, groundcheck: input.groundcheck, note: input.note },
    });
    return getProposal(ctx, before.id);
  });
}
