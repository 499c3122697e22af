import { useRef, useState } from 'react';
import type { MinutesDocument } from '../../../shared/minutes/data';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';

const DOCUMENTS: readonly [MinutesDocument, string][] = [
  ['BERITA_ACARA', 'Berita acara'],
  ['DAFTAR_HADIR', 'Daftar hadir'],
];

/** Preview, paper print and PDF of the minutes, all from the one HTML template the services render. */
export function MinutesPanel({ meetingId }: { meetingId: number }) {
  const [document, setDocument] = useState<MinutesDocument>('BERITA_ACARA');
  const [html] = useLoad(() => call('minutes.html', { meetingId, document }), `${meetingId}-${document}`);
  const { busy, failure, act } = useBusyAction();
  const frame = useRef<HTMLIFrameElement>(null);

  const savePdf = () =>
    act(async () => {
      const pdf = await call('minutes.pdf', { meetingId, document });
      downloadFile(pdf.fileName, base64Blob(pdf.contentBase64, 'application/pdf'));
    });

  return (
    <div className="panel">
      <div className="minutes-bar">
        <div className="segmented" role="tablist" aria-label="Dokumen">
          {DOCUMENTS.map(([code, label]) => (
            <button key={code} type="button" role="tab" aria-selected={document === code} className={document === code ? 'active' : 'secondary'} onClick={() => setDocument(code)}>
              {label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <button type="button" className="secondary" onClick={() => frame.current?.contentWindow?.print()}>Cetak…</button>
        <button type="button" onClick={() => void savePdf()} disabled={busy}>{busy ? 'Membuat PDF…' : 'Simpan sebagai PDF'}</button>
      </div>
      <ErrorBanner message={failure ?? failureOf(html)} />
      {html.state === 'ready' ? (
        <iframe ref={frame} className="minutes-preview" title="Pratinjau dokumen" sandbox="allow-same-origin allow-modals" srcDoc={html.value.html} />
      ) : (
        <p className="muted">Menyiapkan pratinjau…</p>
      )}
    </div>
  );
}
