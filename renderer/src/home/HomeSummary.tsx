import { formatCount, formatLongDate } from '../../../shared/format/date';
import type { MeetingDue } from '../../../shared/meeting/due';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';

function NextMeeting({ due }: { due: MeetingDue }) {
  switch (due.state) {
    case 'NO_MEETING_YET':
      return <strong>perlu diadakan sekarang</strong>;
    case 'ON_TIME':
      return (
        <>
          paling lambat <strong>{formatLongDate(due.dueDate)}</strong> ({due.daysLeft === 0 ? 'hari ini' : `${due.daysLeft} hari lagi`})
        </>
      );
    case 'OVERDUE':
      return (
        <>
          <strong>sudah lewat {due.daysOverdue} hari</strong> (batas {formatLongDate(due.dueDate)})
        </>
      );
  }
}

/** The landing screen's glance at what needs the office: the meeting due every three months, the Daftar periksa. */
export function HomeSummary() {
  const [overview] = useLoad(() => call('home.overview', {}), '');
  if (overview.state !== 'ready') return <ErrorBanner message={failureOf(overview)} />;
  const { lastMeeting, nextMeeting, familiesToCheck } = overview.value;
  const late = nextMeeting.state !== 'ON_TIME';
  return (
    <dl className="home-summary" aria-label="Ringkasan" data-testid="home-summary">
      <div>
        <dt>Musyawarah terakhir</dt>
        <dd>
          {lastMeeting ? (
            <>
              <a href={hrefFor({ page: 'meeting', id: lastMeeting.id, tab: 'usulan' })}>{formatLongDate(lastMeeting.date)}</a>
              {lastMeeting.status === 'BERLANGSUNG' ? <span className="muted"> · sedang berlangsung</span> : null}
            </>
          ) : (
            'Belum pernah diadakan'
          )}
        </dd>
      </div>
      <div className={late ? 'late' : undefined}>
        <dt>Musyawarah berikutnya</dt>
        <dd>
          <NextMeeting due={nextMeeting} />
          {late ? (
            <>
              {' '}
              · <a href={hrefFor({ page: 'meeting-new' })}>Jadwalkan</a>
            </>
          ) : null}
        </dd>
      </div>
      {familiesToCheck > 0 ? (
        <div>
          <dt>Daftar periksa</dt>
          <dd>
            <a href={hrefFor({ page: 'worklist' })}>
              <strong>{formatCount(familiesToCheck)}</strong> keluarga perlu diperiksa
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
