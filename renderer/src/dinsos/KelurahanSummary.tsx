import { lazy, Suspense } from 'react';
import { formatCount } from '../../../shared/format/date';
import type { CityProposalPage } from '../../../shared/inbox/city-proposals';

// The chart library is loaded the first time the chart is shown, not with the rest of the app.
const KelurahanChart = lazy(() => import('./KelurahanChart').then((m) => ({ default: m.KelurahanChart })));

interface KelurahanSummaryProps {
  rows: CityProposalPage['perKelurahan'];
  onChoose: (kelurahanCode: string) => void;
}

/** The filtered register counted per kelurahan: a chart, and the same counts in a table whose rows narrow the list. */
export function KelurahanSummary({ rows, onChoose }: KelurahanSummaryProps) {
  if (rows.length === 0) return null;
  return (
    <div className="rekap-block city-summary">
      <h2>Usulan per kelurahan</h2>
      <div className="city-summary-body">
        <Suspense fallback={<p className="muted">Memuat grafik…</p>}>
          <KelurahanChart rows={rows} />
        </Suspense>
        <table className="data-table rekap-table" aria-label="Usulan per kelurahan">
          <thead>
            <tr>
              <th>Kelurahan</th>
              <th className="num">Usulan</th>
              <th className="num">Disetujui</th>
              <th className="num">Groundcheck</th>
              <th className="num">Ditanggapi</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kelurahanCode} className="clickable" tabIndex={0} onClick={() => onChoose(r.kelurahanCode)} onKeyDown={(e) => e.key === 'Enter' && onChoose(r.kelurahanCode)}>
                <td>{r.kelurahanName}</td>
                <td className="num">{formatCount(r.proposals)}</td>
                <td className="num">{formatCount(r.approved)}</td>
                <td className="num">{formatCount(r.groundcheck)}</td>
                <td className="num">{formatCount(r.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
