import type { ProposalKind } from '../../shared/meeting/options';
import type { ProposalHousehold } from '../../shared/meeting/proposal-view';
import type { DecisionInput, ProposalInput } from '../../shared/meeting/schema';
import type { Db } from './open';
import { decisionToDb, proposalToDb } from './proposal-mapping';
import type { ProposalDbRow } from './proposal-mapping';

/** A proposal with Dinsos' answer about it, if one was opened. */
const WITH_ANSWER = 'SELECT p.*, a.status AS dinsos_status, a.note AS dinsos_note FROM proposals p LEFT JOIN proposal_answers a ON a.proposal_id = p.id';

export function insertProposal(db: Db, meetingId: number, p: ProposalInput, now: string, carriedFrom: number | null = null): number {
  const result = db
    .prepare(
      `INSERT INTO proposals (meeting_id, household_id, member_id, position, kind, programs, deactivation_reason, reason, source,
         carried_from, created_at, updated_at)
       VALUES (@meeting_id, @household_id, @member_id, (SELECT coalesce(max(position), -1) + 1 FROM proposals WHERE meeting_id = @meeting_id),
         @kind, @programs, @deactivation_reason, @reason, @source, @carried_from, @now, @now)`,
    )
    .run({ ...proposalToDb(p), meeting_id: meetingId, carried_from: carriedFrom, now });
  return Number(result.lastInsertRowid);
}

export function updateProposal(db: Db, id: number, p: ProposalInput, now: string): void {
  db.prepare(
    `UPDATE proposals SET household_id = @household_id, member_id = @member_id, kind = @kind, programs = @programs,
       deactivation_reason = @deactivation_reason, reason = @reason, source = @source, updated_at = @now WHERE id = @id`,
  ).run({ ...proposalToDb(p), id, now });
}

export function updateDecision(db: Db, d: DecisionInput, now: string): void {
  db.prepare(
    `UPDATE proposals SET decision = @decision, groundcheck = @groundcheck, decision_note = @note,
       decided_at = CASE WHEN @decision IS NULL THEN NULL ELSE @now END, updated_at = @now WHERE id = @id`,
  ).run({ ...decisionToDb(d), now });
}

export function updateSnapshot(db: Db, id: number, snapshot: ProposalHousehold): void {
  db.prepare('UPDATE proposals SET snapshot = ? WHERE id = ?').run(JSON.stringify(snapshot), id);
}

export function deleteProposal(db: Db, id: number): void {
  db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
}

export function selectProposal(db: Db, id: number): ProposalDbRow | null {
  return (db.prepare(`${WITH_ANSWER} WHERE p.id = ?`).get(id) as ProposalDbRow | undefined) ?? null;
}

export function selectProposals(db: Db, meetingId: number): ProposalDbRow[] {
  return db.prepare(`${WITH_ANSWER} WHERE p.meeting_id = ? ORDER BY p.position`).all(meetingId) as ProposalDbRow[];
}

/** Which families already have a proposal of which kind in a meeting that is not finished. */
export function selectOpenProposalKinds(db: Db): { household_id: number; kind: ProposalKind }[] {
  return db
    .prepare(`SELECT DISTINCT p.household_id, p.kind FROM proposals p JOIN meetings m ON m.id = p.meeting_id WHERE m.status <> 'SELESAI'`)
    .all() as { household_id: number; kind: ProposalKind }[];
}
