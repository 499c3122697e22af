import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { call } from '../api/client';
import { navigate } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { CityProposalDetail } from './CityProposalDetail';
import { CityProposalFilters } from './CityProposalFilters';
import type { KelurahanOption } from './CityProposalFilters';
import { CityProposalTable } from './CityProposalTable';
import { CitySelectionBar } from './CitySelectionBar';
import { AssignDialog } from './groundcheck/AssignDialog';
import { KelurahanSummary } from './KelurahanSummary';
import { StatusDialog } from './StatusDialog';
import { idsMatching, useCityProposalPages } from './useCityProposalPages';
import type { CityFilter } from './useCityProposalPages';

/** The kelurahan that sent packages, once each, by name: the choices of the kelurahan filter. */
export async function kelurahanWithPackages(): Promise<KelurahanOption[]> {
  const byCode = new Map((await call('inbox.list', {})).map((p) => [p.kelurahanCode, p.kelurahanName]));
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** Usulan Kota: every proposal the kelurahan sent, filtered; unanswered objections nearest their deadline first. */
export function CityProposalsPage({ openId }: { openId: number | null }) {
  const [filter, setFilter] = useState<CityFilter>({});
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<'answer' | 'assign' | null>(null);
  const [kelurahan] = useLoad(kelurahanWithPackages, '');
  const pages = useCityProposalPages(filter);
  const chooseAll = useBusyAction();

  const changeFilter = (next: CityFilter) => {
    setFilter(next);
    setChosen(new Set());
  };
  // A copy of the same filter makes the list load afresh, where it was scrolled to.
  const refresh = () => setFilter((f) => ({ ...f }));
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  };
  const closeDialog = (changed: boolean) => {
    setDialog(null);
    if (!changed) return;
    setChosen(new Set());
    refresh();
  };

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
      <CityProposalFilters filter={filter} kelurahan={kelurahan.state === 'ready' ? kelurahan.value : []} onChange={changeFilter} />
      <CitySelectionBar
        chosen={chosen.size}
        total={pages.total}
        busy={chooseAll.busy}
        onChooseAll={() => void chooseAll.act(async () => setChosen(new Set(await idsMatching(filter))))}
        onClear={() => setChosen(new Set())}
        onAnswer={() => setDialog('answer')}
        onAssign={() => setDialog('assign')}
      />
      <ErrorBanner message={pages.error ?? chooseAll.failure ?? failureOf(kelurahan)} />
      <CityProposalTable pages={pages} filterKey={JSON.stringify(filter)} isSelected={(id) => chosen.has(id)} onToggle={toggle} />
      <KelurahanSummary rows={pages.about?.perKelurahan ?? []} onChoose={(code) => changeFilter({ ...filter, kelurahanCode: code })} />
      {openId !== null ? <CityProposalDetail id={openId} onClose={() => navigate({ page: 'city-proposals', id: null })} onAnswered={refresh} /> : null}
      {dialog === 'answer' ? <StatusDialog ids={[...chosen]} onClose={closeDialog} /> : null}
      {dialog === 'assign' ? <AssignDialog target={{ proposalIds: [...chosen] }} listLink onClose={closeDialog} /> : null}
    </section>
  );
}
