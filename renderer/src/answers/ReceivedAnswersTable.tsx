import { formatLongDate, formatTimestamp } from '../../../shared/format/date';
import type { ReceivedAnswer } from '../../../shared/answer/schema';
import { hrefFor } from '../app/route';

/** The answers already opened, the latest first, each leading to its meeting's proposals. */
export function ReceivedAnswersTable({ answers }: { answers: readonly ReceivedAnswer[] }) {
  if (answers.length === 0) return <p className="empty card">Belum ada tanggapan Dinsos yang dibuka.</p>;
  return (
    <table className="data-table" aria-label="Tanggapan yang sudah dibuka">
      <thead>
        <tr>
          <th>Musyawarah</th>
          <th>Berkas</th>
          <th>Dibuat Dinsos</th>
          <th>Dibuka</th>
        </tr>
      </thead>
      <tbody>
        {answers.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={hrefFor({ page: 'meeting', id: a.meetingId, tab: 'usulan' })}>{formatLongDate(a.meetingDate)}</a>
              <br />
              <small className="muted mono">{a.letterNumber}</small>
            </td>
            <td className="mono small">{a.fileName}</td>
            <td>{formatTimestamp(a.issuedAt)}</td>
            <td>
              {formatTimestamp(a.importedAt)}
              <br />
              <small className="muted">oleh {a.importedBy}</small>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
