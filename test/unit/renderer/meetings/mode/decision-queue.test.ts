import { describe, expect, it } from 'vitest';
import type { ProposalView } from '../../../../../shared/meeting/proposal-view';
import type { DecisionInput } from '../../../../../shared/meeting/schema';
import { createDecisionQueue } from '../../../../../renderer/src/meetings/mode/decision-queue';
import type { DecisionChange, DecisionResult } from '../../../../../renderer/src/meetings/mode/decision-queue';

function aProposalView(id: number, overrides: Partial<ProposalView> = {}): ProposalView {
  return {
    id, meetingId: 1, position: id, householdId: id, memberId: null, kind: 'USULAN_PROGRAM', programs: ['PKH'], deactivationReason: null,
    reason: 'Anak sekolah SMP, belum menerima bantuan.', source: 'RT_RW', decision: null, groundcheck: false, decisionNote: '',
    decidedAt: null, carriedFrom: null, dinsos: null,
    household: { id, noKk: '3573051203150001', headName: 'Budi Santoso', headNik: '3573051705800001', address: 'Jl. MT Haryono Gg. 2 No. 14', rt: 3, rw: 5, desil: 2, programs: [], members: [] },
    hints: [], evidence: [],
    ...overrides,
  };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A server that answers each save only when the test says so. */
function slowServer() {
  const saves: { input: DecisionInput; answer: Deferred<ProposalView> }[] = [];
  const send = (input: DecisionInput) => {
    const answer = deferred<ProposalView>();
    saves.push({ input, answer });
    return answer.promise;
  };
  const save = (n: number) => {
    const pending = saves[n];
    if (!pending) throw new Error(`no save number ${n} was sent`);
    return pending;
  };
  return {
    send,
    /** What was sent, in order. */
    inputs: () => saves.map((s) => s.input),
    /** Save number n succeeds with exactly what was sent. */
    accept(n: number) {
      const { input, answer } = save(n);
      answer.resolve(aProposalView(input.proposalId, { decision: input.decision, groundcheck: input.groundcheck, decisionNote: input.note }));
    },
    refuse(n: number, message: string) {
      save(n).answer.reject(new Error(message));
    },
  };
}

/** Lets every promise callback that is ready run (no time passes). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function queueOn(server: ReturnType<typeof slowServer>, proposals: ProposalView[]) {
  const lists: ProposalView[][] = [];
  const results: DecisionResult[] = [];
  const queue = createDecisionQueue(server.send, (list) => lists.push(list), (result) => results.push(result));
  queue.load(proposals);
  return { queue, lists, results, latest: () => lists[lists.length - 1] };
}

const approve: DecisionChange = (p) => ({ decision: 'DISETUJUI', groundcheck: p.groundcheck, note: p.decisionNote });
const toggleGroundcheck: DecisionChange = (p) => ({ decision: p.decision, groundcheck: !p.groundcheck, note: p.decisionNote });

describe('the decision queue', () => {
  it('sends a change only after the save before it, built on what that save returned: 1 then G keeps the approval', async () => {
    const server = slowServer();
    const { queue, results, latest } = queueOn(server, [aProposalView(1)]);

    const approving = queue.apply(1, approve);
    const groundchecking = queue.apply(1, toggleGroundcheck);
    await settle();
    expect(server.inputs()).toEqual([{ proposalId: 1, decision: 'DISETUJUI', groundcheck: false, note: '' }]);

    server.accept(0);
    await approving;
    await settle();
    expect(server.inputs()[1]).toEqual({ proposalId: 1, decision: 'DISETUJUI', groundcheck: true, note: '' });

    server.accept(1);
    await groundchecking;
    expect(latest()?.[0]).toMatchObject({ decision: 'DISETUJUI', groundcheck: true });
    expect(results.map((r) => r.ok && [r.saved.decision, r.saved.groundcheck])).toEqual([['DISETUJUI', false], ['DISETUJUI', true]]);
  });

  it('reports a failed save, changes nothing, and builds the next change on the last state that was saved', async () => {
    const server = slowServer();
    const { queue, lists, results, latest } = queueOn(server, [aProposalView(1, { decision: 'DISETUJUI' })]);

    const refused = queue.apply(1, toggleGroundcheck);
    const retried = queue.apply(1, toggleGroundcheck);
    await settle();
    server.refuse(0, 'Musyawarah ini sudah selesai dan terkunci');
    await refused;
    expect(results).toEqual([{ ok: false, message: 'Musyawarah ini sudah selesai dan terkunci' }]);
    expect(lists).toHaveLength(1);

    await settle();
    expect(server.inputs()[1]).toEqual({ proposalId: 1, decision: 'DISETUJUI', groundcheck: true, note: '' });
    server.accept(1);
    await retried;
    expect(latest()?.[0]).toMatchObject({ decision: 'DISETUJUI', groundcheck: true });
    expect(results[1]).toMatchObject({ ok: true });
  });

  it('saves changes to different proposals in the order they were made and replaces only the proposal saved', async () => {
    const server = slowServer();
    const { queue, latest } = queueOn(server, [aProposalView(1), aProposalView(2)]);

    const second = queue.apply(2, approve);
    const first = queue.apply(1, () => ({ decision: 'DITOLAK', groundcheck: false, note: 'Keluarga mampu' }));
    await settle();
    expect(server.inputs().map((i) => i.proposalId)).toEqual([2]);
    server.accept(0);
    await second;
    expect(latest()?.map((p) => [p.id, p.decision])).toEqual([[1, null], [2, 'DISETUJUI']]);

    await settle();
    server.accept(1);
    await first;
    expect(latest()?.map((p) => [p.id, p.decision, p.decisionNote])).toEqual([[1, 'DITOLAK', 'Keluarga mampu'], [2, 'DISETUJUI', '']]);
  });

  it('sends nothing for a proposal it was not given', async () => {
    const server = slowServer();
    const { queue, results } = queueOn(server, [aProposalView(1)]);
    await queue.apply(99, approve);
    expect(server.inputs()).toEqual([]);
    expect(results).toEqual([]);
  });

  it('keeps going when a listener throws: that change fails, the next one is still sent', async () => {
    const server = slowServer();
    let calls = 0;
    const queue = createDecisionQueue(server.send, () => undefined, () => {
      calls += 1;
      if (calls === 1) throw new Error('listener failed');
    });
    queue.load([aProposalView(1)]);

    const failing = queue.apply(1, approve);
    const next = queue.apply(1, toggleGroundcheck);
    await settle();
    server.accept(0);
    await expect(failing).rejects.toThrow('listener failed');
    await settle();
    expect(server.inputs()[1]).toEqual({ proposalId: 1, decision: 'DISETUJUI', groundcheck: true, note: '' });
    server.accept(1);
    await next;
    expect(calls).toBe(2);
  });
});
