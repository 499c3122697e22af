import { useState } from 'react';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import { call } from '../../api/client';
import { createDecisionQueue } from './decision-queue';
import type { DecisionQueue, DecisionResult } from './decision-queue';

/**
 * A decision queue saving through the contract, with the proposals as last saved as state (null until loaded).
 * `onResult` is taken once, when the queue is made, so it must not depend on render state (setters only).
 */
export function useDecisionQueue(onResult: (result: DecisionResult) => void): DecisionQueue & { proposals: ProposalView[] | null } {
  const [proposals, setProposals] = useState<ProposalView[] | null>(null);
  const [queue] = useState(() => createDecisionQueue((input) => call('proposals.decide', input), setProposals, onResult));
  return { proposals, load: queue.load, apply: queue.apply };
}
