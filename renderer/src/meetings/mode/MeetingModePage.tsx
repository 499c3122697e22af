import { useCallback, useMemo, useRef, useState } from 'react';
import { ageOn, formatLongDate } from '../../../../shared/format/date';
import { formatRtRw } from '../../../../shared/format/address';
import { PROGRAMS, RELATIONSHIPS } from '../../../../shared/household/options';
import { DECISIONS, PROPOSAL_KIND_SHORT, PROPOSAL_PROGRAMS } from '../../../../shared/meeting/options';
import type { Decision } from '../../../../shared/meeting/options';
import { call } from '../../api/client';
import { navigate } from '../../app/route';
import { useLoad } from '../../app/useLoad';
import { DesilBadge } from '../../ui/Badges';
import { EvidenceThumb } from '../proposals/EvidencePanel';
import { HintList } from '../proposals/HintList';
import { useWindowKeys } from '../../ui/useWindowKeys';
import { type DecisionChange, type DecisionResult, useDecisionQueue } from './useDecisionQueue';

const KEYS: Record<string, Decision> = { '1': 'DISETUJUI', '2': 'DITOLAK', '3': 'DITUNDA' };

interface Pending {
  decision: Decision;
}

/** The projector view: one proposal at a time, large type, decided from the keyboard, saved at once. */
export function MeetingModePage({ id }: { id: number }) {
  const [data] = useLoad(async () => {
    const [meeting, proposals] = await Promise.all([call('meetings.get', { id }), call('proposals.list', { meetingId: id })]);
    return { meeting, proposals };
  }, String(id));
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
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
      if (current) apply(current.id, change);
    },
    [apply, current],
  );
  const toggleGroundcheck = useCallback(() => save((p) => ({ decision: p.decision, groundcheck: !p.groundcheck, note: note.trim() })), [note, save]);

  const choose = useCallback(
    (decision: Decision) => {
      if (!current) return;
      if (decision !== 'DISETUJUI' && note.trim() === '') {
        setPending({ decision });
        setMessage({ kind: 'error', text: `Tulis alasan ${decision === 'DITOLAK' ? 'penolakan' : 'penundaan'}, lalu tekan Enter.` });
        noteRef.current?.focus();
        return;
      }
      save((p) => ({ decision, groundcheck: p.groundcheck, note: note.trim() }));
    },
    [current, note, save],
  );

  useWindowKeys((e) => {
    const inNote = e.target === noteRef.current;
    if (inNote) {
      if (e.key === 'Escape') noteRef.current?.blur();
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        noteRef.current?.blur();
        if (pending) choose(pending.decision);
        else save((p) => ({ decision: p.decision, groundcheck: p.groundcheck, note: note.trim() }));
      }
      return;
    }
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const decision = KEYS[e.key];
    if (decision) choose(decision);
    else if (e.key === 'ArrowRight' || e.key === 'n' || e.key === 'N') go(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'p' || e.key === 'P') go(index - 1);
    else if (e.key === 'g' || e.key === 'G') toggleGroundcheck();
    else if (e.key === 'c' || e.key === 'C') {
      e.preventDefault();
      noteRef.current?.focus();
    } else if (e.key === 'f' || e.key === 'F') void document.documentElement.requestFullscreen().catch(() => undefined);
    else if (e.key === 'Escape') navigate({ page: 'meeting', id, tab: 'usulan' });
    else return;
    e.preventDefault();
  });

  if (data.state === 'loading') return <div className="mode"><p>Memuat…</p></div>;
  if (data.state === 'failed') return <div className="mode"><p className="banner banner-error">{data.message}</p></div>;
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
          <section className="mode-household">
            <p className="mode-kicker">
              Usulan {index + 1} dari {list.length} · <strong>{PROPOSAL_KIND_SHORT[current.kind]}</strong>
              {current.programs.length > 0 ? ` · ${current.programs.map((p) => PROPOSAL_PROGRAMS.labels[p].replace(' (BPNT)', '')).join(', ')}` : ''}
            </p>
            <h1 className="mode-name" data-testid="mode-name">{current.household.headName}</h1>
            <p className="mode-address">{current.household.address} · RT/RW {formatRtRw(current.household.rt, current.household.rw)}</p>
            <div className="mode-facts">
              <span className="mode-desil">Desil <DesilBadge desil={current.household.desil} /></span>
              <span>Bantuan saat ini: {current.household.programs.length ? current.household.programs.map((p) => PROGRAMS.labels[p].replace(' (BPNT)', '')).join(', ') : 'tidak ada'}</span>
            </div>
            <p className="mode-reason">{current.reason}</p>
            <HintList hints={current.hints} />
            <table className="mode-members">
              <tbody>
                {current.household.members.map((m) => (
                  <tr key={m.id}>
                    <td>{m.name}</td>
                    <td>{RELATIONSHIPS.labels[m.relationship]}</td>
                    <td>{ageOn(m.birthDate, meeting.date)} th</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {current.evidence.length > 0 ? (
              <div className="thumbs">{current.evidence.map((e) => <EvidenceThumb key={e.id} evidence={e} />)}</div>
            ) : null}
          </section>
          <aside className="mode-decide">
            <p className="mode-current">
              Keputusan: <strong data-testid="mode-decision">{current.decision ? DECISIONS.labels[current.decision] : 'belum ada'}</strong>
              {current.groundcheck ? <span className="badge groundcheck">Perlu groundcheck</span> : null}
            </p>
            <div className="mode-buttons">
              {(['DISETUJUI', 'DITOLAK', 'DITUNDA'] as const).map((d, i) => (
                <button key={d} type="button" className={`mode-button decision-${d.toLowerCase()}${current.decision === d ? ' chosen' : ''}${pending?.decision === d ? ' pending' : ''}`} onClick={() => choose(d)}>
                  <kbd>{i + 1}</kbd> {DECISIONS.labels[d]}
                </button>
              ))}
              <button type="button" className={`mode-button groundcheck${current.groundcheck ? ' chosen' : ''}`} onClick={toggleGroundcheck}>
                <kbd>G</kbd> Perlu groundcheck
              </button>
            </div>
            <label htmlFor="mode-note" className="mode-note-label"><kbd>C</kbd> Catatan / alasan</label>
            <textarea id="mode-note" ref={noteRef} rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Alasan wajib untuk Ditolak dan Ditunda; Enter untuk menyimpan" />
            {message ? <p className={`mode-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
            <p className="mode-keys"><kbd>←</kbd> sebelumnya · <kbd>→</kbd> berikutnya · <kbd>F</kbd> layar penuh · <kbd>Esc</kbd> keluar</p>
          </aside>
        </main>
      ) : (
        <p className="empty">Belum ada usulan.</p>
      )}
    </div>
  );
}
