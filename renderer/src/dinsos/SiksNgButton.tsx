import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { call } from '../api/client';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The accepted proposals of every kelurahan as SIKS-NG entry sheets, one per kind of proposal. */
export function SiksNgButton() {
  const [rows, setRows] = useState<number | null>(null);
  const { busy, failure, act } = useBusyAction();
  const download = () =>
    act(async () => {
      const sheet = await call('answers.siksNg', {});
      downloadFile(sheet.fileName, base64Blob(sheet.contentBase64, XLSX));
      setRows(sheet.rows);
    });
  return (
    <div className="siks-ng">
      <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>{busy ? 'Menyiapkan…' : 'Unduh lembar SIKS-NG (XLSX)'}</button>
      {rows !== null ? (
        <p className="muted" role="status">
          {rows > 0 ? `Lembar berisi ${formatCount(rows)} usulan yang diterima Dinsos.` : 'Belum ada usulan yang diterima Dinsos; lembar hanya berisi keterangan.'}
        </p>
      ) : null}
      <ErrorBanner message={failure} />
    </div>
  );
}
