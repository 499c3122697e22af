import type { proposalsContract } from '../../shared/api/proposals-contract';
import { addEvidence, readEvidence, removeEvidence } from '../services/evidence';
import { addProposal, decide, editProposal, listProposals, removeProposal } from '../services/proposals';
import type { Handlers } from './handler-types';

export const proposalsHandlers: Handlers<keyof typeof proposalsContract> = {
  'proposals.list': (ctx, input) => listProposals(ctx, input.meetingId),
  'proposals.add': (ctx, input) => addProposal(ctx, input.meetingId, input.proposal),
  'proposals.update': (ctx, input) => editProposal(ctx, input.id, input.proposal),
  'proposals.delete': (ctx, input) => removeProposal(ctx, input.id),
  'proposals.decide': (ctx, input) => decide(ctx, input),
  'evidence.add': (ctx, input) => addEvidence(ctx, input),
  'evidence.read': (ctx, input) => readEvidence(ctx, input.id),
  'evidence.delete': (ctx, input) => removeEvidence(ctx, input.id),
};
