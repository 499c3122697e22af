import { useState } from 'react';
import type { WorklistFilter, WorklistItem } from '../../../shared/dtsen/worklist-schema';
import { formatCount, formatLongDate } from '../../../shared/format/date';
import { call } from '../api/client';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { ProposeDialog } from './ProposeDialog';
import { useWorklistPages } from './useWorklistPages';
import { WorklistFilters } from './WorklistFilters';
import { itemKey, WorklistTable } from './WorklistTable';

const EVERYTHING: WorklistFilter = { codes: [], rw: null, rt: null, program: null };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Daftar periksa: where desil and programmes disagree, filtered, chosen, and turned into a meeting's proposals. */
export function WorklistPage() {
  const [filter, setFilter] = useState(EVERYTHING);
  const [selected, setSelected] = useState(new Map<string, Pick<WorklistItem, 'code' | 'householdId'>>());
  const [allChosen, setAllChosen] = useState(false);
  const [proposing, setProposing] = useState(false);
  const pages = useWorklistPages(filter);
  const { busy, failure, act } = useBusyAction();
  const filterKey = JSON.stringify(filter);

  const changeFilter = (next: WorklistFilter) => {
    setFilter(next);
    setSelected(new Map());
    setAllChosen(false);
  };
  const toggle = (item: WorklistItem) => {
    if (allChosen) {
      // Unticking one row of "all" starts the choice over rather than guessing the rest.
      setAllChosen(false);
      return;
    }
    const next = new Map(selected);
    if (next.has(itemKey(item))) next.delete(itemKey(item));
    else next.set(itemKey(item), { code: item.code, householdId: item.householdId });
    setSelected(next);
  };
  const download = (channel: 'worklist.pdf' | 'worklist.xlsx') =>
    act(async () => {
      const file = await call(channel, { filter });
      downloadFile(file.fileName, base64Blob(file.contentBase64, channel === 'worklist.pdf' ? 'application/pdf' : XLSX));
    });
  const chosenRows = allChosen ? (pages.total ?? 0) : selected.size;

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Daftar Periksa</h1>
          <p className="muted" data-testid="worklist-about">
            {pages.about ? `Per ${formatLongDate(pages.about.today)} · ${pages.about.ruleSet.decree}` : 'Memuat…'}
          </p>
        </div>
        <div className="actions start">
          <button type="button" className="secondary" disabled={busy || pages.total === 0} onClick={() => void download('worklist.pdf')}>Cetak (PDF)</button>
          <button type="button" className="secondary" disabled={busy || pages.total === 0} onClick={() => void download('worklist.xlsx')}>Unduh XLSX</button>
        </div>
      </div>
      <WorklistFilters filter={filter} counts={pages.about?.counts ?? null} onChange={changeFilter} />
      <ErrorBanner message={failure ?? pages.error} />
      <div className="worklist-selection">
        <label className="inline-check">
          <input type="checkbox" checked={allChosen} disabled={!pages.total} onChange={(e) => { setAllChosen(e.target.checked); setSelected(new Map()); }} />
          Pilih semua {pages.total === null ? '' : formatCount(pages.total)} baris sesuai saringan
        </label>
        <span className="muted" data-testid="worklist-chosen">{chosenRows > 0 ? `${formatCount(chosenRows)} baris dipilih` : 'Belum ada baris dipilih'}</span>
        <span className="spacer" />
        <button type="button" disabled={chosenRows === 0} onClick={() => setProposing(true)}>Jadikan usulan…</button>
      </div>
      <WorklistTable pages={pages} filterKey={filterKey} isSelected={(item) => allChosen || selected.has(itemKey(item))} onToggle={toggle} />
      {proposing ? (
        <ProposeDialog
          filter={filter}
          items={allChosen ? null : [...selected.values()]}
          rows={chosenRows}
          onClose={() => {
            setProposing(false);
            setSelected(new Map());
            setAllChosen(false);
          }}
        />
      ) : null}
    </section>
  );
}
