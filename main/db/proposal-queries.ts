import type { DecisionInput, ProposalInput } from '../../shared/meeting/schema';
import type { Db } from './open';

export interface ProposalDbRow {
  id: number;
  meeting_id: number;
  household_id: number;
  member_id: number | null;
  position: number;
  kind: string;
  programs: string;
  deactivation_reason: string | null;
  reason: string;
  source: string;
  decision: string | null;
  groundcheck: number;
  decision_note: string;
  decided_at: string | null;
  carried_from: number | null;
  snapshot: string | null;
}

const proposalParams = (p: ProposalInput) => ({
  household_id: p.householdId, member_id: p.memberId, kind: p.kind, programs: JSON.stringify(p.programs),
  deactivation_reason: p.deactivationReason, reason: p.reason, source: p.source,
});

export function insertProposal(db: Db, meetingId: number, p: ProposalInput, now: string, carriedFrom: number | null = null): number {
  const result = db
    .prepare(
      `INSERT INTO proposals (meeting_id, household_id, member_id, position, kind, programs, deactivation_reason, reason, source,
         carried_from, created_at, updated_at)
       VALUES (@meeting_id, @household_id, @member_id, (SELECT coalesce(max(position), -1) + 1 FROM proposals WHERE meeting_id = @meeting_id),
         @kind, @programs, @deactivation_reason, @reason, @source, @carried_from, @now, @now)`,
    )
    .run({ ...proposalParams(p), meeting_id: meetingId, carried_from: carriedFrom, now });
  return Number(result.lastInsertRowid);
}

export function updateProposal(db: Db, id: number, p: ProposalInput, now: string): void {
  db.prepare(
    `UPDATE proposals SET household_id = @household_id, member_id = @member_id, kind = @kind, programs = @programs,
       deactivation_reason = @deactivation_reason, reason = @reason, source = @source, updated_at = @now WHERE id = @id`,
  ).run({ ...proposalParams(p), id, now });
}

export function updateDecision(db: Db, d: DecisionInput, now: string): void {
  db.prepare(
    `UPDATE proposals SET decision = @decision, groundcheck = @groundcheck, decision_note = @note,
       decided_at = CASE WHEN @decision IS NULL THEN NULL ELSE @now END, updated_at = @now WHERE id = @id`,
  ).run({ id: d.proposalId, decision: d.decision, groundcheck: d.groundcheck ? 1 : 0, note: d.note, now });
}

export function updateSnapshot(db: Db, id: number, snapshot: string): void {
  db.prepare('UPDATE proposals SET snapshot = ? WHERE id = ?').run(snapshot, id);
}

export function deleteProposal(db: Db, id: number): void {
  db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
}

export function selectProposal(db: Db, id: number): ProposalDbRow | null {
  return (db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as ProposalDbRow | undefined) ?? null;
}

export function selectProposals(db: Db, meetingId: number): ProposalDbRow[] {
  return db.prepare('SELECT * FROM proposals WHERE meeting_id = ? ORDER BY position').all(meetingId) as ProposalDbRow[];
}
