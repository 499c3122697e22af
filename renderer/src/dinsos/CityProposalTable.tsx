import { formatRtRw } from '../../../shared/format/address';
import { PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { navigate } from '../app/route';
import { DecisionBadge } from '../meetings/StatusBadge';
import { useVirtualRows } from '../ui/useVirtualRows';
import { DeadlineBadge, DinsosStatusBadge, ProposalProgramChips } from './CityBadges';
import { CrossCheckNote } from './CrossCheckNote';
import type { CityProposalPages } from './useCityProposalPages';

const ROW_HEIGHT = 78;

interface CityProposalTableProps {
  pages: CityProposalPages;
  /** Changes when the filter does: the list scrolls back to the top. */
  filterKey: string;
  isSelected: (id: number) => boolean;
  onToggle: (id: number) => void;
}

/** The city register, rendered only where the screen shows it; a row opens the proposal, its box chooses it. */
export function CityProposalTable({ pages, filterKey, isSelected, onToggle }: CityProposalTableProps) {
  const { scroller, items, totalSize } = useVirtualRows(pages, ROW_HEIGHT, filterKey);
  return (
    <>
      <div className="table-head city-grid" role="row">
        <span role="columnheader" aria-label="Pilih" />
        <span role="columnheader">Kelurahan</span>
        <span role="columnheader">Nama / NIK</span>
        <span role="columnheader">Alamat</span>
        <span role="columnheader">Jenis / program</span>
        <span role="columnheader">Keputusan</span>
        <span role="columnheader">Status Dinsos</span>
        <span role="columnheader">Tenggat</span>
        <span role="columnheader">Temuan lintas kelurahan</span>
      </div>
      <div className="table-body city-body" ref={scroller} role="table" aria-label="Usulan kota">
        {pages.total === 0 ? <p className="empty">Tidak ada usulan dengan saringan ini.</p> : null}
        <div style={{ height: totalSize, position: 'relative' }}>
          {items.map((virtual) => {
            const row = pages.rowAt(virtual.index);
            const open = () => row && navigate({ page: 'city-proposals', id: row.id });
            return (
              <div
                key={virtual.key}
                className={`table-row city-grid${row?.crossChecks.length ? ' has-finding' : ''}`}
                role="row"
                tabIndex={0}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
              >
                {row ? (
                  <>
                    <span role="cell" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                      <input type="checkbox" aria-label={`Pilih ${row.name} (${row.kelurahanName})`} checked={isSelected(row.id)} onChange={() => onToggle(row.id)} />
                    </span>
                    <span role="cell" className="cell-name">
                      <strong>{row.kelurahanName}</strong>
                      <small className="muted">usulan no. {row.no}</small>
                    </span>
                    <span role="cell" className="cell-name">
                      <strong>{row.name}</strong>
                      <small className="muted mono">{row.nik}</small>
                    </span>
                    <span role="cell" className="cell-name">
                      <span className="cell-address">{row.address}</span>
                      <small className="muted mono">RT/RW {formatRtRw(row.rt, row.rw)}</small>
                    </span>
                    <span role="cell" className="cell-stack">
                      <span>{PROPOSAL_KIND_SHORT[row.kind]}</span>
                      <ProposalProgramChips programs={row.programs} />
                    </span>
                    <span role="cell"><DecisionBadge decision={row.decision} groundcheck={row.groundcheck} /></span>
                    <span role="cell"><DinsosStatusBadge status={row.dinsosStatus} /></span>
                    <span role="cell"><DeadlineBadge deadline={row.deadline} /></span>
                    <span role="cell" className="cell-finding"><CrossCheckNote checks={row.crossChecks} /></span>
                  </>
                ) : (
                  <span role="cell" className="muted">Memuat…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
