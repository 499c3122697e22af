import { WORKLIST_CODES } from '../../../shared/dtsen/worklist-schema';
import type { WorklistItem } from '../../../shared/dtsen/worklist-schema';
import { formatRtRw } from '../../../shared/format/address';
import { navigate } from '../app/route';
import { DesilBadge, ProgramChips } from '../ui/Badges';
import { useVirtualRows } from '../ui/useVirtualRows';
import type { WorklistPages } from './useWorklistPages';

const ROW_HEIGHT = 64;

export const itemKey = (item: Pick<WorklistItem, 'code' | 'householdId'>) => `${item.code}:${item.householdId}`;

interface WorklistTableProps {
  pages: WorklistPages;
  /** Changes when the filter does: the list scrolls back to the top. */
  filterKey: string;
  isSelected: (item: WorklistItem) => boolean;
  onToggle: (item: WorklistItem) => void;
}

/** The items, rendered only where the screen shows them; a row opens its household, its box selects it. */
export function WorklistTable({ pages, filterKey, isSelected, onToggle }: WorklistTableProps) {
  const { scroller, items, totalSize } = useVirtualRows(pages, ROW_HEIGHT, filterKey);

  return (
    <>
      <div className="table-head worklist-grid" role="row">
        <span />
        <span>Alasan</span>
        <span>Kepala keluarga</span>
        <span>Alamat</span>
        <span>RT/RW</span>
        <span>Desil</span>
        <span>Program</span>
        <span>Keterangan</span>
      </div>
      <div className="table-body" ref={scroller} role="table" aria-label="Daftar periksa">
        {pages.total === 0 ? <p className="empty">Tidak ada keluarga dalam daftar periksa dengan saringan ini.</p> : null}
        <div style={{ height: totalSize, position: 'relative' }}>
          {items.map((virtual) => {
            const row = pages.rowAt(virtual.index);
            const open = () => row && navigate({ page: 'household-edit', id: row.householdId });
            return (
              <div
                key={virtual.key}
                className="table-row worklist-grid"
                role="row"
                tabIndex={0}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
              >
                {row ? (
                  <>
                    <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                      <input type="checkbox" aria-label={`Pilih ${row.name}`} checked={isSelected(row)} onChange={() => onToggle(row)} />
                    </span>
                    <span><span className={`badge code-${row.code.toLowerCase()}`}>{WORKLIST_CODES.labels[row.code]}</span></span>
                    <span className="cell-name">
                      <strong>{row.name}</strong>
                      <small className="muted mono">{row.kk}</small>
                    </span>
                    <span className="cell-address">{row.address}</span>
                    <span className="mono">{formatRtRw(row.rt, row.rw)}</span>
                    <span><DesilBadge desil={row.desil} /></span>
                    <span><ProgramChips programs={row.programs} /></span>
                    <span className="cell-message" title={row.message}>{row.message}</span>
                  </>
                ) : (
                  <span className="muted">Memuat…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
