import { formatCount } from '../../../shared/format/date';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import { DinsosStatusBadge } from '../dinsos/CityBadges';

/** How many proposals got each of Dinsos' statuses, in the statuses' own order. */
export function StatusCounts({ statuses, label }: { statuses: Readonly<Record<string, number>>; label: string }) {
  const known = DINSOS_STATUSES.codes.filter((s) => (statuses[s] ?? 0) > 0);
  const total = Object.values(statuses).reduce((sum, n) => sum + n, 0);
  return (
    <table className="data-table status-counts" aria-label={label}>
      <thead>
        <tr>
          <th>Status Dinsos</th>
          <th className="num">Usulan</th>
        </tr>
      </thead>
      <tbody>
        {known.map((s) => (
          <tr key={s}>
            <td><DinsosStatusBadge status={s} /></td>
            <td className="num">{formatCount(statuses[s] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>Jumlah</td>
          <td className="num">{formatCount(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
