import { formatCount, formatLongDate } from '../../../shared/format/date';
import { pageRule } from '../../../shared/print/paper';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DesilByRwChart, RecipientsByDesilChart, WorklistCountsChart } from './RekapCharts';
import { ByDesilTable, ByProgramTable, ByRwTable } from './RekapTables';

/** Rekap: the register counted per RW, desil and programme, with charts; printed by the browser on the office's paper. */
export function RekapPage({ settings }: { settings: Settings }) {
  const [rekap] = useLoad(() => call('rekap.get', {}), '');
  // The counts come apart: over a large register the Daftar periksa takes longer than the Rekap.
  const [worklist] = useLoad(() => call('worklist.list', { filter: {}, offset: 0, limit: 1 }), '');
  const v = settings.village;
  return (
    <section className="page rekap">
      <style>{`@media print { ${pageRule(settings.paperSize, '14mm 12mm')} }`}</style>
      <div className="page-head">
        <div>
          <h1>Rekap</h1>
          <p className="muted">
            Kelurahan {v.name}, Kecamatan {v.districtName}, {v.regencyName}
            {worklist.state === 'ready' ? ` · per ${formatLongDate(worklist.value.today)}` : ''}
          </p>
        </div>
        <button type="button" className="secondary no-print" onClick={() => window.print()} disabled={rekap.state !== 'ready'}>Cetak…</button>
      </div>
      <ErrorBanner message={failureOf(rekap) ?? failureOf(worklist)} />
      {rekap.state === 'ready' ? (
        <>
          <p className="rekap-total" data-testid="rekap-total">
            <strong>{formatCount(rekap.value.families)}</strong> keluarga · <strong>{formatCount(rekap.value.people)}</strong> jiwa
          </p>
          <div className="rekap-block">
            <h2>Keluarga per desil di tiap RW</h2>
            <DesilByRwChart rekap={rekap.value} />
            <ByRwTable rekap={rekap.value} />
          </div>
          <div className="rekap-block">
            <h2>Penerima program menurut desil</h2>
            <RecipientsByDesilChart rekap={rekap.value} />
            <ByDesilTable rekap={rekap.value} />
            <ByProgramTable rekap={rekap.value} />
          </div>
        </>
      ) : (
        <p className="muted">{rekap.state === 'loading' ? 'Menghitung…' : ''}</p>
      )}
      <div className="rekap-block">
        <h2>Daftar periksa per kode</h2>
        {worklist.state === 'ready' ? <WorklistCountsChart counts={worklist.value.counts} /> : <p className="muted">Menghitung…</p>}
      </div>
    </section>
  );
}
