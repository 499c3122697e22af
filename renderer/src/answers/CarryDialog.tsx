import { useState } from 'react';
import { formatCount, formatLongDate } from '../../../shared/format/date';
import { MEETING_STATUSES } from '../../../shared/meeting/options';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Modal } from '../ui/Modal';
import { useBusyAction } from '../ui/useBusyAction';

interface CarryDialogProps {
  fromMeetingId: number;
  /** How many proposals Dinsos returned or found not eligible, for the question. */
  returned: number;
  onClose: () => void;
}

/** Bawa ke musyawarah berikutnya: the proposals Dinsos sent back become proposals of a meeting not finished yet. */
export function CarryDialog({ fromMeetingId, returned, onClose }: CarryDialogProps) {
  const [meetings] = useLoad(async () => (await call('meetings.list', {})).filter((m) => m.status !== 'SELESAI' && m.id !== fromMeetingId), String(fromMeetingId));
  const [toMeetingId, setToMeetingId] = useState<number | null>(null);
  const [result, setResult] = useState<{ added: number; skipped: number } | null>(null);
  const { busy, failure, act } = useBusyAction();
  const open = meetings.state === 'ready' ? meetings.value : [];
  const chosen = toMeetingId ?? open[0]?.id ?? null;
  const target = open.find((m) => m.id === chosen);

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
          <ErrorBanner message={failure ?? failureOf(meetings)} />
          {meetings.state === 'ready' && open.length === 0 ? (
            <p className="banner banner-warn">
              Belum ada musyawarah yang belum selesai. <a href={hrefFor({ page: 'meeting-new' })}>Buat musyawarah</a> terlebih dahulu.
            </p>
          ) : (
            <div className="field">
              <label htmlFor="carry-meeting">Musyawarah tujuan</label>
              <select id="carry-meeting" value={chosen ?? ''} onChange={(e) => setToMeetingId(Number(e.target.value))}>
                {open.map((m) => (
                  <option key={m.id} value={m.id}>
                    {formatLongDate(m.date)} · {m.letterNumber} · {MEETING_STATUSES.labels[m.status]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="actions">
            <button type="button" className="secondary" autoFocus onClick={onClose}>Batal</button>
            <button type="button" disabled={busy || chosen === null} onClick={() => void carry()}>{busy ? 'Membawa…' : 'Bawa usulan'}</button>
          </div>
        </>
      )}
    </Modal>
  );
}
