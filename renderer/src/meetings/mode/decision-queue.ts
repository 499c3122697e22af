import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import type { DecisionInput } from '../../../../shared/meeting/schema';
import { messageOf } from '../../ui/message-of';

/** The decision to save, worked out from the proposal as last saved. */
export type DecisionChange = (saved: ProposalView) => Omit<DecisionInput, 'proposalId'>;
export type DecisionResult = { ok: true; saved: ProposalView } | { ok: false; message: string };

export interface DecisionQueue {
  /** Starts over from these proposals as saved. */
  load: (proposals: ProposalView[]) => void;
  /** Queues a change to one proposal; resolves once it has been saved or has failed. */
  apply: (proposalId: number, change: DecisionChange) => Promise<void>;
}

/**
 * Sends decisions one after another, each built from its proposal as last saved. A key pressed while an
 * earlier save is still on its way (1, then G at once) adds to that save instead of undoing it with the
 * state the screen showed before it. A failed save is reported and changes nothing, so the next change
 * builds on the last state that was saved.
 */
export function createDecisionQueue(
  send: (input: DecisionInput) => Promise<ProposalView>,
  onChange: (proposals: ProposalView[]) => void,
  onResult: (result: DecisionResult) => void,
): DecisionQueue {
  let saved: ProposalView[] = [];
  let queue = Promise.resolve();

  const save = async (proposalId: number, change: DecisionChange) => {
    const proposal = saved.find((p) => p.id === proposalId);
    if (!proposal) return;
    let result: ProposalView;
    try {
      result = await send({ proposalId, ...change(proposal) });
    } catch (e) {
      onResult({ ok: false, message: messageOf(e) });
      return;
    }
    saved = saved.map((p) => (p.id === result.id ? result : p));
    onChange(saved);
    onResult({ ok: true, saved: result });
  };

  return {
    load: (proposals) => {
      saved = proposals;
      onChange(proposals);
    },
    apply: (proposalId, change) => {
      const saving = queue.then(() => save(proposalId, change));
      // A callback that throws fails this call, not every decision after it.
      queue = saving.catch(() => undefined);
      return saving;
    },
  };
}
