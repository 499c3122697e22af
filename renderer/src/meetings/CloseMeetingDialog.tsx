import { useEffect, useRef, useState } from 'react';
import { formatLongDate } from '../../../shared/format/date';
import { PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

interface CloseMeetingDialogProps {
  meetingId: number;
  onCancel: () => void;
  onClosed: () => void;
}

/** The summary the meeting confirms before it is locked; undecided proposals must be carried explicitly. */
export function CloseMeetingDialog({ meetingId, onCancel, onClosed }: CloseMeetingDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [data] = useLoad(async () => {
    const [summary, meetings] = await Promise.all([call('meetings.summary', { id: meetingId }), call('meetings.list', {})]);
    return { summary, targets: meetings.filter((m) => m.id !== meetingId && m.status !== 'SELESAI') };
  }, String(meetingId));
  const [carryTo, setCarryTo] = useState<number | null>(null);
  const { failure, act } = useBusyAction();
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const undecided = data.state === 'ready' ? data.value.summary.byKind.reduce((n, k) => n + k.undecided, 0) : 0;
  const close = () =>
    act(async () => {
      await call('meetings.close', { id: meetingId, carryToMeetingId: undecided > 0 ? carryTo : null });
      onClosed();
    });

  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="close-title" onCancel={onCancel}>
      <h2 id="close-title">Selesaikan musyawarah?</h2>
      {data.state === 'ready' ? (
        <>
          <p>
            Hadir {data.value.summary.meeting.counts.present} dari {data.value.summary.meeting.counts.attendees} peserta.
            Setelah diselesaikan, daftar hadir, usulan dan keputusan <strong>tidak dapat diubah lagi</strong>.
          </p>
          <table className="data-table" aria-label="Ringkasan keputusan">
            <thead>
              <tr><th>Jenis usulan</th><th className="num">Jumlah</th><th className="num">Disetujui</th><th className="num">Ditolak</th><th className="num">Ditunda</th><th className="num">Belum</th><th className="num">Groundcheck</th></tr>
            </thead>
            <tbody>
              {data.value.summary.byKind.map((k) => (
                <tr key={k.kind}>
                  <td>{PROPOSAL_KIND_SHORT[k.kind]}</td><td className="num">{k.total}</td><td className="num">{k.approved}</td><td className="num">{k.rejected}</td>
                  <td className="num">{k.deferred}</td><td className="num">{k.undecided}</td><td className="num">{k.groundcheck}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {undecided > 0 ? (
            <div className="banner banner-warn">
              <p>{undecided} usulan belum diputuskan. Putuskan dahulu, atau bawa ke musyawarah berikutnya (di sini dicatat "Ditunda").</p>
              {data.value.targets.length > 0 ? (
                <label>
                  Bawa ke:{' '}
                  <select value={carryTo ?? ''} onChange={(e) => setCarryTo(e.target.value ? Number(e.target.value) : null)} aria-label="Musyawarah tujuan">
                    <option value="">— pilih musyawarah —</option>
                    {data.value.targets.map((m) => (
                      <option key={m.id} value={m.id}>{formatLongDate(m.date)} · {m.letterNumber}</option>
                    ))}
                  </select>
                </label>
              ) : (
                <p>Belum ada musyawarah berikutnya: buat dahulu lewat menu Musyawarah → Musyawarah baru.</p>
              )}
            </div>
          ) : null}
        </>
      ) : null}
      {data.state === 'loading' ? <p className="muted">Memuat ringkasan…</p> : null}
      <ErrorBanner message={failure ?? failureOf(data)} />
      <div className="actions">
        <button type="button" className="secondary" autoFocus onClick={onCancel}>Batal</button>
        <button type="button" className="danger" disabled={data.state !== 'ready' || (undecided > 0 && carryTo === null)} onClick={() => void close()}>
          Selesaikan dan kunci
        </button>
      </div>
    </dialog>
  );
}
