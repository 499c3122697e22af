import { formatLongDate } from '../../../shared/format/date';
import { formatTime } from '../../../shared/format/time-zone';
import { call } from '../api/client';
import { hrefFor, navigate } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { StatusBadge } from './StatusBadge';

export function MeetingList() {
  const [meetings] = useLoad(() => call('meetings.list', {}), '');
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Musyawarah Kelurahan</h1>
          <p className="muted">Musyawarah wajib diadakan paling sedikit sekali dalam tiga bulan.</p>
        </div>
        <a className="button" href={hrefFor({ page: 'meeting-new' })}>
          + Musyawarah baru
        </a>
      </div>
      <ErrorBanner message={failureOf(meetings)} />
      {meetings.state === 'ready' && meetings.value.length === 0 ? <p className="empty card">Belum ada musyawarah. Buat musyawarah pertama.</p> : null}
      {meetings.state === 'ready' && meetings.value.length > 0 ? (
        <table className="data-table" aria-label="Daftar musyawarah">
          <thead>
            <tr>
              <th>Tanggal</th>
              <th>Nomor surat</th>
              <th>Tempat</th>
              <th>Status</th>
              <th className="num">Usulan</th>
              <th className="num">Diputuskan</th>
              <th className="num">Hadir</th>
            </tr>
          </thead>
          <tbody>
            {meetings.value.map((m) => (
              <tr key={m.id} tabIndex={0} className="clickable" onClick={() => navigate({ page: 'meeting', id: m.id, tab: 'usulan' })}
                onKeyDown={(e) => e.key === 'Enter' && navigate({ page: 'meeting', id: m.id, tab: 'usulan' })}>
                <td><strong>{formatLongDate(m.date)}</strong><br /><span className="muted">pukul {formatTime(m.startTime)}{m.endTime ? `–${formatTime(m.endTime)}` : ''}</span></td>
                <td className="mono">{m.letterNumber}</td>
                <td>{m.place}</td>
                <td><StatusBadge status={m.status} />{m.counts.exports > 0 ? <> <span className="badge status-terkirim">Terkirim</span></> : null}</td>
                <td className="num">{m.counts.proposals}</td>
                <td className="num">{m.counts.decided}</td>
                <td className="num">{m.counts.present}/{m.counts.attendees}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
