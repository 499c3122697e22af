import { useCallback, useMemo, useRef, useState } from 'react';
import { formatLongDate } from '../../../../shared/format/date';
import { DECISIONS } from '../../../../shared/meeting/options';
import type { Decision } from '../../../../shared/meeting/options';
import { needsReason } from '../../../../shared/meeting/meeting-rules';
import { call } from '../../api/client';
import { navigate } from '../../app/route';
import { useLoad } from '../../app/useLoad';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useWindowKeys } from '../../ui/useWindowKeys';
import type { DecisionChange, DecisionResult } from './decision-queue';
import { DecisionPanel } from './DecisionPanel';
import type { ModeMessage } from './DecisionPanel';
import { HouseholdCard } from './HouseholdCard';
import { modeAction, noteAction } from './mode-keys';
import type { ModeAction } from './mode-keys';
import { useDecisionQueue } from './useDecisionQueue';

/** The projector view: one proposal at a time, large type, decided from the keyboard, saved at once. */
export function MeetingModePage({ id }: { id: number }) {
  const [data] = useLoad(async () => {
    const [meeting, proposals] = await Promise.all([call('meetings.get', { id }), call('proposals.list', { meetingId: id })]);
    return { meeting, proposals };
  }, String(id));
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<Decision | null>(null);
  const [message, setMessage] = useState<ModeMessage | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const onResult = useCallback((result: DecisionResult) => {
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    const { saved } = result;
    setPending(null);
    setMessage({ kind: 'ok', text: `Tersimpan: ${saved.decision ? DECISIONS.labels[saved.decision] : 'belum diputuskan'}${saved.groundcheck ? ', perlu groundcheck' : ''}.` });
  }, []);
  const { proposals, load, apply } = useDecisionQueue(onResult);

  if (data.state === 'ready' && proposals === null) {
    const firstOpen = data.value.proposals.findIndex((p) => p.decision === null);
    load(data.value.proposals);
    setIndex(firstOpen >= 0 ? firstOpen : 0);
    setNote(data.value.proposals[firstOpen >= 0 ? firstOpen : 0]?.decisionNote ?? '');
  }

  const list = useMemo(() => proposals ?? [], [proposals]);
  const current = list[index];
  const decided = list.filter((p) => p.decision !== null).length;

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= list.length) return;
      setIndex(to);
      setNote(list[to]?.decisionNote ?? '');
      setPending(null);
      setMessage(null);
    },
    [list],
  );

  const save = useCallback(
    (change: DecisionChange) => {
      if (current) void apply(current.id, change);
    },
    [apply, current],
  );
  const toggleGroundcheck = useCallback(() => save((p) => ({ decision: p.decision, groundcheck: !p.groundcheck, note: note.trim() })), [note, save]);

  const choose = useCallback(
    (decision: Decision) => {
      if (!current) return;
      if (needsReason(decision) && note.trim() === '') {
        setPending(decision);
        setMessage({ kind: 'error', text: `Tulis alasan ${decision === 'DITOLAK' ? 'penolakan' : 'penundaan'}, lalu tekan Enter.` });
        noteRef.current?.focus();
        return;
      }
      save((p) => ({ decision, groundcheck: p.groundcheck, note: note.trim() }));
    },
    [current, note, save],
  );

  const run = (action: ModeAction) => {
    switch (action.type) {
      case 'decide':
        return choose(action.decision);
      case 'next':
        return go(index + 1);
      case 'previous':
        return go(index - 1);
      case 'groundcheck':
        return toggleGroundcheck();
      case 'note':
        return noteRef.current?.focus();
      case 'fullscreen':
        // The browser may refuse full screen; the meeting simply goes on in the window.
        return void document.documentElement.requestFullscreen().catch(() => undefined);
      case 'exit':
        return navigate({ page: 'meeting', id, tab: 'usulan' });
    }
  };

  useWindowKeys((e) => {
    if (e.target === noteRef.current) {
      const action = noteAction(e);
      if (action === 'leave') noteRef.current?.blur();
      if (action === 'save') {
        e.preventDefault();
        noteRef.current?.blur();
        if (pending) choose(pending);
        else save((p) => ({ decision: p.decision, groundcheck: p.groundcheck, note: note.trim() }));
      }
      return;
    }
    const action = modeAction(e);
    if (!action) return;
    e.preventDefault();
    run(action);
  });

  if (data.state === 'loading') return <div className="mode"><p>Memuat…</p></div>;
  if (data.state === 'failed') return <div className="mode"><ErrorBanner message={data.message} /></div>;
  const { meeting } = data.value;

  return (
    <div className="mode" data-testid="meeting-mode">
      <header className="mode-top">
        <div>
          <strong>Musyawarah Kelurahan</strong> · {formatLongDate(meeting.date)}
        </div>
        <div className="mode-progress" aria-live="polite">
          <span data-testid="mode-progress">{decided} dari {list.length} diputuskan</span>
          <div className="bar"><div style={{ width: `${list.length ? (100 * decided) / list.length : 0}%` }} /></div>
        </div>
        <button type="button" className="secondary" onClick={() => navigate({ page: 'meeting', id, tab: 'usulan' })}>Keluar (Esc)</button>
      </header>
      {meeting.status !== 'BERLANGSUNG' ? (
        <p className="banner banner-locked">Musyawarah {meeting.status === 'SELESAI' ? 'sudah selesai dan terkunci' : 'belum dimulai'}: keputusan tidak dapat dicatat.</p>
      ) : null}
      {current ? (
        <main className="mode-body">
          <HouseholdCard proposal={current} position={index + 1} total={list.length} meetingDate={meeting.date} />
          <DecisionPanel
            proposal={current}
            pending={pending}
            note={note}
            noteRef={noteRef}
            message={message}
            onNoteChange={setNote}
            onChoose={choose}
            onToggleGroundcheck={toggleGroundcheck}
          />
        </main>
      ) : (
        <p className="empty">Belum ada usulan.</p>
      )}
    </div>
  );
}
