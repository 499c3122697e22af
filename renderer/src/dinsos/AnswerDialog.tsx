import { useState } from 'react';
import type { AnswerResult } from '../../../shared/answer/schema';
import { formatCount, formatLongDate } from '../../../shared/format/date';
import type { InboxPackage } from '../../../shared/inbox/schema';
import { call } from '../api/client';
import { StatusCounts } from '../answers/StatusCounts';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Modal } from '../ui/Modal';
import { PasswordField } from '../ui/PasswordField';
import { useBusyAction } from '../ui/useBusyAction';

/** Buat tanggapan: Dinsos' answer about one package, signed with its key and encrypted for that kelurahan only. */
export function AnswerDialog({ pkg, onClose }: { pkg: InboxPackage; onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState<AnswerResult | null>(null);
  const { busy, failure, act } = useBusyAction();

  const build = () =>
    act(async () => {
      setResult(await call('answers.build', { packageId: pkg.id, passphrase }));
      setPassphrase('');
    });

  return (
    <Modal id="answer-title" title={`Tanggapan untuk Kelurahan ${pkg.kelurahanName}`} onClose={onClose}>
      <p className="muted detail-sub">
        Musyawarah {formatLongDate(pkg.meetingDate)} · <span className="mono">{pkg.letterNumber}</span> · {formatCount(pkg.proposals)} usulan
      </p>
      {result ? (
        <div data-testid="answer-result">
          <p className="banner banner-ok" role="status">
            Tanggapan dibuat: <span className="mono" data-testid="answer-file">{result.fileName}</span>
          </p>
          <p>
            Disimpan di <span className="mono answer-path" data-testid="answer-path">{result.path}</span>. Kirim berkas ini kepada Kelurahan {pkg.kelurahanName} (flash disk
            atau surel): hanya kelurahan itu yang dapat membukanya, di menu Tanggapan Dinsos.
          </p>
          <StatusCounts statuses={result.statuses} label="Status dalam tanggapan" />
          <div className="actions">
            <button type="button" autoFocus onClick={onClose}>Tutup</button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); void build(); }}>
          <p>
            Tanggapan memuat setiap usulan paket ini dengan status dan catatan Dinsos; usulan yang belum ditanggapi dikirim sebagai Dalam proses. Berkas
            ditandatangani dengan kunci Dinsos dan dienkripsi untuk Kelurahan {pkg.kelurahanName}.
          </p>
          <PasswordField id="answer-pass" label="Frasa sandi kunci Dinsos" autoComplete="current-password" autoFocus value={passphrase} onChange={setPassphrase} />
          <ErrorBanner message={failure} />
          <div className="actions">
            <button type="button" className="secondary" onClick={onClose}>Batal</button>
            <button type="submit" disabled={busy || passphrase === ''}>{busy ? 'Membuat tanggapan…' : 'Buat tanggapan'}</button>
          </div>
        </form>
      )}
    </Modal>
  );
}
