import { useDeferredValue, useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { formatRtRw } from '../../../shared/format/address';
import { hrefFor, navigate } from '../app/route';
import { HomeSummary } from '../home/HomeSummary';
import { DesilBadge, ProgramChips } from '../ui/Badges';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useVirtualRows } from '../ui/useVirtualRows';
import { useHouseholdPages } from './useHouseholdPages';

const ROW_HEIGHT = 56;

export function HouseholdList() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const pages = useHouseholdPages(deferred);
  const { scroller, items, totalSize } = useVirtualRows(pages, ROW_HEIGHT, deferred);

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Daftar Keluarga</h1>
          <p className="muted" data-testid="household-count">
            {pages.total === null ? 'Memuat…' : query.trim() ? `${formatCount(pages.total)} keluarga cocok` : `${formatCount(pages.total)} keluarga terdaftar`}
          </p>
        </div>
        <HomeSummary />
        <a className="button secondary" href={hrefFor({ page: 'household-import' })}>
          Impor data DTSEN
        </a>
        <a className="button" href={hrefFor({ page: 'household-new' })}>
          + Tambah keluarga
        </a>
      </div>
      <input
        className="search"
        type="search"
        autoFocus
        aria-label="Cari keluarga"
        placeholder="Cari nama, NIK, No. KK, atau RT/RW (misalnya: siti, 3573, RT 3 RW 5, 3/5)"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorBanner message={pages.error} />
      <div className="table-head household-grid" role="row">
        <span>Kepala keluarga</span>
        <span>No. KK</span>
        <span>Alamat</span>
        <span>RT/RW</span>
        <span>Desil</span>
        <span>Program</span>
        <span className="num">Anggota</span>
      </div>
      <div className="table-body" ref={scroller} role="table" aria-label="Daftar keluarga">
        {pages.total === 0 ? (
          <p className="empty">{query.trim() ? 'Tidak ada keluarga yang cocok dengan pencarian.' : 'Belum ada keluarga. Tambahkan keluarga pertama.'}</p>
        ) : null}
        <div style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                className="table-row household-grid"
                role="row"
                tabIndex={0}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => row && navigate({ page: 'household-edit', id: row.id })}
                onKeyDown={(e) => e.key === 'Enter' && row && navigate({ page: 'household-edit', id: row.id })}
              >
                {row ? (
                  <>
                    <span className="cell-name">
                      <strong>{row.headName}</strong>
                      {row.matchedMember ? <small className="matched">cocok: {row.matchedMember}</small> : <small className="muted">{row.headNik}</small>}
                    </span>
                    <span className="mono">{row.noKk}</span>
                    <span className="cell-address">{row.address}</span>
                    <span className="mono">{formatRtRw(row.rt, row.rw)}</span>
                    <span><DesilBadge desil={row.desil} /></span>
                    <span><ProgramChips programs={row.programs} /></span>
                    <span className="num">{row.memberCount}</span>
                  </>
                ) : (
                  <span className="muted">Memuat…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
