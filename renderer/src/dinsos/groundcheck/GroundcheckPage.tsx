import { useState } from 'react';
import { formatCount } from '../../../../shared/format/date';
import type { GroundcheckItem } from '../../../../shared/groundcheck/schema';
import { call } from '../../api/client';
import { failureOf, useLoad } from '../../app/useLoad';
import { base64Blob, downloadFile } from '../../ui/download';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useBusyAction } from '../../ui/useBusyAction';
import { kelurahanWithPackages } from '../CityProposalsPage';
import { AssignDialog } from './AssignDialog';
import type { AssignTarget } from './AssignDialog';
import { GroundcheckFilters } from './GroundcheckFilters';
import type { GroundcheckFilter } from './GroundcheckFilters';
import { GroundcheckTable } from './GroundcheckTable';
import { ResultDialog } from './ResultDialog';

const PAGE = 100;

/**
 * Groundcheck: the proposals an officer visits, by day and officer; flagged ones still waiting for an officer; the
 * printed forms of a round; each family's result and photos.
 */
export function GroundcheckPage() {
  const [filter, setFilter] = useState<GroundcheckFilter>({});
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [assigning, setAssigning] = useState<AssignTarget | null>(null);
  const [opened, setOpened] = useState<GroundcheckItem | null>(null);
  const [list] = useLoad(() => call('groundcheck.list', { ...filter, offset, limit: PAGE }), JSON.stringify({ filter, offset, version }));
  const [kelurahan] = useLoad(kelurahanWithPackages, '');
  const print = useBusyAction();
  const page = list.state === 'ready' ? list.value : null;

  const changeFilter = (next: GroundcheckFilter) => {
    setFilter(next);
    setOffset(0);
    setChosen(new Set());
  };
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  };
  const reloadAfter = (changed: boolean) => {
    if (changed) setVersion((v) => v + 1);
  };
  // The chosen families, or else the whole page as listed: a day's round for one officer, in visiting order.
  const toPrint = page ? (chosen.size > 0 ? page.rows.filter((r) => chosen.has(r.proposal.id)) : page.rows).map((r) => r.proposal.id) : [];
  const printForms = () =>
    print.act(async () => {
      const pdf = await call('groundcheck.formPdf', { ids: toPrint });
      downloadFile(pdf.fileName, base64Blob(pdf.contentBase64, 'application/pdf'));
    });

  return (
    <section className="page groundcheck">
      <div className="page-head">
        <div>
          <h1>Groundcheck</h1>
          <p className="muted">Kunjungan lapangan atas usulan kota: petugas dan tanggalnya, formulir verifikasi untuk dicetak, hasil dan foto setiap keluarga.</p>
        </div>
        {page && page.unassigned > 0 ? (
          <div className="gc-unassigned">
            <span data-testid="gc-unassigned"><strong>{formatCount(page.unassigned)}</strong> usulan perlu groundcheck belum ditugaskan</span>
            <button type="button" onClick={() => setAssigning({ allFlagged: page.unassigned })}>Tugaskan semua…</button>
          </div>
        ) : null}
      </div>
      <GroundcheckFilters filter={filter} officers={page?.officers ?? []} kelurahan={kelurahan.state === 'ready' ? kelurahan.value : []} onChange={changeFilter} />
      <div className="city-selection" role="group" aria-label="Usulan groundcheck dipilih">
        <span data-testid="gc-chosen">
          {chosen.size > 0 ? <><strong>{formatCount(chosen.size)}</strong> usulan dipilih</> : <span className="muted">Tanpa pilihan, formulir dicetak untuk semua usulan yang tampil.</span>}
        </span>
        {chosen.size > 0 ? <button type="button" className="link" onClick={() => setChosen(new Set())}>Batalkan pilihan</button> : null}
        <span className="spacer" />
        <button type="button" className="secondary" disabled={chosen.size === 0} onClick={() => setAssigning({ proposalIds: [...chosen] })}>Tugaskan ulang…</button>
        <button type="button" disabled={print.busy || toPrint.length === 0} onClick={() => void printForms()}>
          {print.busy ? 'Menyiapkan PDF…' : `Cetak formulir (${formatCount(toPrint.length)})`}
        </button>
      </div>
      <ErrorBanner message={print.failure ?? failureOf(list) ?? failureOf(kelurahan)} />
      {page ? (
        <>
          <GroundcheckTable rows={page.rows} isSelected={(id) => chosen.has(id)} onToggle={toggle} onOpen={setOpened} />
          {page.total > 0 ? (
            <div className="pager">
              <span className="muted" data-testid="gc-total">
                Usulan {formatCount(offset + 1)}–{formatCount(offset + page.rows.length)} dari {formatCount(page.total)}
              </span>
              {page.total > PAGE ? (
                <>
                  <button type="button" className="secondary small-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Sebelumnya</button>
                  <button type="button" className="secondary small-button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>Berikutnya</button>
                </>
              ) : null}
            </div>
          ) : null}
        </>
      ) : list.state === 'loading' ? (
        <p className="muted">Memuat…</p>
      ) : null}
      {assigning ? (
        <AssignDialog
          target={assigning}
          listLink={false}
          onClose={(changed) => {
            setAssigning(null);
            if (changed) setChosen(new Set());
            reloadAfter(changed);
          }}
        />
      ) : null}
      {opened ? (
        <ResultDialog
          initial={opened}
          onClose={(changed) => {
            setOpened(null);
            reloadAfter(changed);
          }}
        />
      ) : null}
    </section>
  );
}
