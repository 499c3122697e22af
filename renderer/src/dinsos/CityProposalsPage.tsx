import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { call } from '../api/client';
import { navigate } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { CityProposalDetail } from './CityProposalDetail';
import { CityProposalFilters } from './CityProposalFilters';
import type { KelurahanOption } from './CityProposalFilters';
import { CityProposalTable } from './CityProposalTable';
import { KelurahanSummary } from './KelurahanSummary';
import { useCityProposalPages } from './useCityProposalPages';
import type { CityFilter } from './useCityProposalPages';

/** The kelurahan that sent packages, once each, by name: the choices of the kelurahan filter. */
async function kelurahanWithPackages(): Promise<KelurahanOption[]> {
  const byCode = new Map((await call('inbox.list', {})).map((p) => [p.kelurahanCode, p.kelurahanName]));
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** Usulan Kota: every proposal the kelurahan sent, filtered; unanswered objections nearest their deadline first. */
export function CityProposalsPage({ openId }: { openId: number | null }) {
  const [filter, setFilter] = useState<CityFilter>({});
  const [kelurahan] = useLoad(kelurahanWithPackages, '');
  const pages = useCityProposalPages(filter);

  return (
    <section className="page city-proposals">
      <div className="page-head">
        <div>
          <h1>Usulan Kota</h1>
          <p className="muted">Usulan dari paket yang berlaku. Sanggahan yang belum ditanggapi tampil lebih dahulu, yang paling dekat batas waktunya di atas.</p>
        </div>
        <p className="city-total" data-testid="city-total">
          {pages.total === null ? 'Menghitung…' : <><strong>{formatCount(pages.total)}</strong> usulan</>}
        </p>
      </div>
      <CityProposalFilters filter={filter} kelurahan={kelurahan.state === 'ready' ? kelurahan.value : []} onChange={setFilter} />
      <ErrorBanner message={pages.error ?? failureOf(kelurahan)} />
      <CityProposalTable pages={pages} filterKey={JSON.stringify(filter)} />
      <KelurahanSummary rows={pages.about?.perKelurahan ?? []} onChoose={(code) => setFilter({ ...filter, kelurahanCode: code })} />
      {openId !== null ? <CityProposalDetail id={openId} onClose={() => navigate({ page: 'city-proposals', id: null })} /> : null}
    </section>
  );
}
