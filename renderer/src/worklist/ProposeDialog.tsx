import { useEffect, useRef, useState } from 'react';
import type { WorklistFilter, WorklistProposeResult } from '../../../shared/dtsen/worklist-schema';
import { formatCount } from '../../../shared/format/date';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { ErrorBanner } from '../ui/ErrorBanner';
import { OpenMeetingPicker, useOpenMeetingChoice } from '../meetings/OpenMeetingPicker';
import { useBusyAction } from '../ui/useBusyAction';

interface ProposeDialogProps {
  filter: WorklistFilter;
  /** The rows chosen; null: every row the filter keeps. */
  items: { code: WorklistFilter['codes'][number]; householdId: number }[] | null;
  /** How many rows the choice covers, for the question. */
  rows: number;
  onClose: () => void;
}

/** Jadikan usulan: the chosen rows become proposals of a meeting that is not finished. */
export function ProposeDialog({ filter, items, rows, onClose }: ProposeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const choice = useOpenMeetingChoice();
  const [result, setResult] = useState<WorklistProposeResult | null>(null);
  const { busy, failure, act } = useBusyAction();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const { chosen } = choice;

  const propose = () =>
    act(async () => {
      if (chosen === null) return;
      setResult(await call('worklist.propose', { meetingId: chosen, filter, items }));
    });

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="propose-title" onCancel={onClose}>
      <h2 id="propose-title">Jadikan usulan</h2>
      {result ? (
        <>
          <p className="banner banner-ok" role="status">
            {formatCount(result.added)} usulan ditambahkan; {formatCount(result.skipped)} dilewati karena keluarga itu sudah diusulkan untuk jenis yang sama
            dalam musyawarah yang belum selesai{result.missing > 0 ? `; ${formatCount(result.missing)} baris tidak lagi ada dalam daftar periksa` : ''}.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={onClose}>Tutup</button>
            {chosen !== null ? <a className="button" href={hrefFor({ page: 'meeting', id: chosen, tab: 'usulan' })}>Buka usulan musyawarah</a> : null}
          </div>
        </>
      ) : (
        <>
          <p>
            {formatCount(rows)} baris menjadi usulan bersumber Data DTSEN: PKH ditangguhkan dan bansos di atas ambang desil menjadi peninjauan desil
            (perlu groundcheck), layak belum menerima menjadi usulan program, tidak ada di DTSEN menjadi usulan baru.
          </p>
          <ErrorBanner message={failure ?? choice.failure} />
          <OpenMeetingPicker id="propose-meeting" label="Musyawarah" choice={choice} />
          <div className="actions">
            <button type="button" className="secondary" autoFocus onClick={onClose}>Batal</button>
            <button type="button" onClick={() => void propose()} disabled={busy || chosen === null}>
              {busy ? 'Menambahkan…' : 'Jadikan usulan'}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
