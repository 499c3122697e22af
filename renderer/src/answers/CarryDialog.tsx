import { useState } from 'react';
import { formatCount, formatLongDate } from '../../../shared/format/date';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Modal } from '../ui/Modal';
import { OpenMeetingPicker, useOpenMeetingChoice } from '../meetings/OpenMeetingPicker';
import { useBusyAction } from '../ui/useBusyAction';

interface CarryDialogProps {
  fromMeetingId: number;
  /** How many proposals Dinsos returned or found not eligible, for the question. */
  returned: number;
  onClose: () => void;
}

/** Bawa ke musyawarah berikutnya: the proposals Dinsos sent back become proposals of a meeting not finished yet. */
export function CarryDialog({ fromMeetingId, returned, onClose }: CarryDialogProps) {
  const choice = useOpenMeetingChoice(fromMeetingId);
  const [result, setResult] = useState<{ added: number; skipped: number } | null>(null);
  const { busy, failure, act } = useBusyAction();
  const { chosen } = choice;
  const target = choice.open.find((m) => m.id === chosen);

  const carry = () =>
    act(async () => {
      if (chosen === null) return;
      setResult(await call('answers.carry', { fromMeetingId, toMeetingId: chosen }));
    });

  return (
    <Modal id="carry-title" title="Bawa ke musyawarah berikutnya" onClose={onClose}>
      {result ? (
        <>
          <p className="banner banner-ok" role="status" data-testid="carry-result">
            {formatCount(result.added)} usulan dibawa ke musyawarah {target ? formatLongDate(target.date) : ''}
            {result.skipped > 0 ? `; ${formatCount(result.skipped)} dilewati karena keluarga itu sudah diusulkan untuk jenis yang sama di sana` : ''}.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={onClose}>Tutup</button>
            {chosen !== null ? <a className="button" href={hrefFor({ page: 'meeting', id: chosen, tab: 'usulan' })}>Buka usulan musyawarah itu</a> : null}
          </div>
        </>
      ) : (
        <>
          <p>
            {formatCount(returned)} usulan dikembalikan Dinsos atau dinyatakan tidak layak saat groundcheck. Usulan itu ditambahkan ke musyawarah yang dipilih
            untuk dibahas kembali, dengan catatan Dinsos pada alasannya.
          </p>
          <ErrorBanner message={failure ?? choice.failure} />
          <OpenMeetingPicker id="carry-meeting" label="Musyawarah tujuan" choice={choice} />
          <div className="actions">
            <button type="button" className="secondary" autoFocus onClick={onClose}>Batal</button>
            <button type="button" disabled={busy || chosen === null} onClick={() => void carry()}>{busy ? 'Membawa…' : 'Bawa usulan'}</button>
          </div>
        </>
      )}
    </Modal>
  );
}
