import { useCallback, useRef, useState } from 'react';
import type { Decision } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import { call } from '../../api/client';
import { messageOf } from '../../ui/message-of';

export type DecisionChange = (saved: ProposalView) => { decision: Decision | null; groundcheck: boolean; note: string };
export type DecisionResult = { ok: true; saved: ProposalView } | { ok: false; message: string };

/**
 * Sends decisions one after another, each built from its proposal as last saved. A key pressed while an
 * earlier save is still on its way (1, then G at once) adds to that save instead of undoing it with the
 * state the screen showed before it.
 */
export function useDecisionQueue(onResult: (result: DecisionResult) => void) {
  const [proposals, setProposals] = useState<ProposalView[] | null>(null);
  const latest = useRef<ProposalView[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const load = useCallback((list: ProposalView[]) => {
    latest.current = list;
    setProposals(list);
  }, []);

  const apply = useCallback(
    (proposalId: number, change: DecisionChange) => {
      queue.current = queue.current.then(async () => {
        const proposal = latest.current.find((p) => p.id === proposalId);
        if (!proposal) return;
        try {
          const saved = await call('proposals.decide', { proposalId, ...change(proposal) });
          latest.current = latest.current.map((p) => (p.id === saved.id ? saved : p));
          setProposals(latest.current);
          onResult({ ok: true, saved });
        } catch (e) {
          onResult({ ok: false, message: messageOf(e) });
        }
      });
    },
    [onResult],
  );

  return { proposals, load, apply };
}
