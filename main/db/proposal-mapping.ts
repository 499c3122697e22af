import { ProposalRecordSchema } from '../../shared/meeting/proposal-view';
import type { DinsosStatus } from '../../shared/inbox/city-proposals';
import type { ProposalRecord } from '../../shared/meeting/proposal-view';
import type { DeactivationReason, Decision, ProposalKind, ProposalSource } from '../../shared/meeting/options';
import type { DecisionInput, ProposalInput } from '../../shared/meeting/schema';

export interface ProposalDbRow {
  id: number;
  meeting_id: number;
  household_id: number;
  member_id: number | null;
  position: number;
  kind: ProposalKind;
  /** JSON array of programme codes. */
  programs: string;
  deactivation_reason: DeactivationReason | null;
  reason: string;
  source: ProposalSource;
  decision: Decision | null;
  groundcheck: 0 | 1;
  decision_note: string;
  decided_at: string | null;
  carried_from: number | null;
  /** JSON of the household as the meeting saw it, written when the meeting closes. */
  snapshot: string | null;
  /** From proposal_answers: Dinsos' answer, if one was opened. */
  dinsos_status: DinsosStatus | null;
  dinsos_note: string | null;
}

export function proposalFromDb(row: ProposalDbRow): ProposalRecord {
  return ProposalRecordSchema.parse({
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    householdId: row.household_id,
    memberId: row.member_id,
    kind: row.kind,
    programs: JSON.parse(row.programs) as unknown,
    deactivationReason: row.deactivation_reason,
    reason: row.reason,
    source: row.source,
    decision: row.decision,
    groundcheck: row.groundcheck === 1,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at,
    carriedFrom: row.carried_from,
    dinsos: row.dinsos_status === null ? null : { status: row.dinsos_status, note: row.dinsos_note ?? '' },
    snapshot: row.snapshot === null ? null : (JSON.parse(row.snapshot) as unknown),
  });
}

export function proposalToDb(p: ProposalInput) {
  return {
    household_id: p.householdId, member_id: p.memberId, kind: p.kind, programs: JSON.stringify(p.programs),
    deactivation_reason: p.deactivationReason, reason: p.reason, source: p.source,
  };
}

export function decisionToDb(d: DecisionInput) {
  return { id: d.proposalId, decision: d.decision, groundcheck: d.groundcheck ? 1 : 0, note: d.note };
}
