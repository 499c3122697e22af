import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/date';
import { formatTime } from '../../../shared/format/time-zone';
import { LOCKED_MESSAGE } from '../../../shared/meeting/meeting-rules';
import type { MeetingInput } from '../../../shared/meeting/schema';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { hrefFor, navigate } from '../app/route';
import type { MeetingTab } from '../app/route';
import { useLoad } from '../app/useLoad';
import { HistoryPanel } from '../audit/HistoryPanel';
import { AttendancePanel } from './AttendancePanel';
import { CloseMeetingDialog } from './CloseMeetingDialog';
import { MeetingForm } from './MeetingForm';
import { MinutesPanel } from './MinutesPanel';
import { SendPanel } from '../packages/SendPanel';
import { ProposalsPanel } from './proposals/ProposalsPanel';
import { StatusBadge } from './StatusBadge';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

const TABS: readonly [MeetingTab, string][] = [
  ['usulan', 'Usulan'],
  ['hadir', 'Daftar hadir'],
  ['rincian', 'Rincian musyawarah'],
  ['cetak', 'Berita acara & daftar hadir'],
  ['kirim', 'Kirim ke Dinsos'],
  ['riwayat', 'Riwayat perubahan'],
];

export function MeetingPage({ id, tab, settings }: { id: number; tab: MeetingTab; settings: Settings }) {
  const [meeting, reload] = useLoad(() => call('meetings.get', { id }), String(id));
  const [closing, setClosing] = useState(false);
  const { failure, act } = useBusyAction();

  if (meeting.state === 'loading') return <p className="page muted">Memuat…</p>;
  if (meeting.state === 'failed') return <ErrorBanner page message={meeting.message} />;
  const m = meeting.value;
  const locked = m.status === 'SELESAI';
  const { id: _id, kelurahanCode: _k, status: _s, closedAt: _c, counts: _n, ...input } = m;
  const meetingInput: MeetingInput = input;

  const start = () =>
    act(async () => {
      await call('meetings.start', { id });
      reload();
    });

  return (
    <section className="page">
      <a href={hrefFor({ page: 'meetings' })} className="back">← Daftar musyawarah</a>
      <div className="page-head">
        <div>
          <h1>Musyawarah Kelurahan {settings.village.name}</h1>
          <p className="muted">
            {formatLongDate(m.date)} pukul {formatTime(m.startTime)} · {m.place} · <span className="mono">{m.letterNumber}</span> · <StatusBadge status={m.status} />{m.counts.exports > 0 ? <> <span className="badge status-terkirim">Terkirim</span></> : null}
          </p>
        </div>
        <div className="actions">
          {m.status === 'DRAFT' ? <button type="button" onClick={() => void start()}>Mulai musyawarah</button> : null}
          {m.status === 'BERLANGSUNG' ? (
            <>
              <button type="button" onClick={() => navigate({ page: 'meeting-mode', id })}>Mode rapat (layar proyektor)</button>
              <button type="button" className="secondary" onClick={() => setClosing(true)}>Selesaikan musyawarah</button>
            </>
          ) : null}
        </div>
      </div>
      {locked ? (
        <p className="banner banner-locked" role="status">
          {LOCKED_MESSAGE}
        </p>
      ) : null}
      <ErrorBanner message={failure} />
      <p className="progress-line">
        {m.counts.decided} dari {m.counts.proposals} usulan diputuskan · hadir {m.counts.present} dari {m.counts.attendees} orang
      </p>
      <nav className="tabs" aria-label="Bagian musyawarah">
        {TABS.map(([key, label]) => (
          <a key={key} href={hrefFor({ page: 'meeting', id, tab: key })} className={tab === key ? 'active' : undefined} aria-current={tab === key ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {tab === 'usulan' ? <ProposalsPanel meetingId={id} locked={locked} kelurahanCode={settings.kelurahanCode} onChanged={reload} /> : null}
      {tab === 'hadir' ? <AttendancePanel meetingId={id} locked={locked} onChanged={reload} /> : null}
      {tab === 'rincian' ? (
        <MeetingForm
          key={m.id}
          readOnly={locked}
          initial={meetingInput}
          submitLabel="Simpan rincian"
          onSubmit={async (values) => {
            await call('meetings.update', { id, meeting: values });
            reload();
          }}
        />
      ) : null}
      {tab === 'cetak' ? <MinutesPanel meetingId={id} /> : null}
      {tab === 'kirim' ? <SendPanel meetingId={id} locked={locked} onSent={reload} /> : null}
      {tab === 'riwayat' ? <HistoryPanel scope={{ meetingId: id }} /> : null}
      {closing ? (
        <CloseMeetingDialog
          meetingId={id}
          onCancel={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            reload();
          }}
        />
      ) : null}
    </section>
  );
}
