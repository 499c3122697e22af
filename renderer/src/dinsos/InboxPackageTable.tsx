import { useState } from 'react';
import { formatCount, formatLongDate, formatTimestamp } from '../../../shared/format/date';
import type { InboxDocument } from '../../../shared/inbox/city-proposals';
import type { InboxPackage } from '../../../shared/inbox/schema';
import { call } from '../api/client';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { AnswerDialog } from './AnswerDialog';

const DOCUMENTS: readonly { document: InboxDocument; label: string; file: string }[] = [
  { document: 'BERITA_ACARA', label: 'Berita acara', file: 'berita-acara' },
  { document: 'DAFTAR_HADIR', label: 'Daftar hadir', file: 'daftar-hadir' },
];

/** Every package received, the latest import first as the services list them; a replaced one stays, marked. Each package in force can be answered. */
export function InboxPackageTable({ packages, onAnswerClosed }: { packages: readonly InboxPackage[]; onAnswerClosed: () => void }) {
  const { failure, act } = useBusyAction();
  const [answering, setAnswering] = useState<InboxPackage | null>(null);
  const open = (p: InboxPackage, doc: (typeof DOCUMENTS)[number]) =>
    act(async () => {
      const file = await call('inbox.document', { packageId: p.id, document: doc.document });
      downloadFile(`${doc.file}-${p.bagName || String(p.id)}.pdf`, base64Blob(file.contentBase64, file.mime));
    });

  if (packages.length === 0) return <p className="empty card">Belum ada paket di kotak masuk.</p>;
  return (
    <>
      <ErrorBanner message={failure} />
      <table className="data-table inbox-table" aria-label="Paket diterima">
        <thead>
          <tr>
            <th>Kelurahan</th>
            <th>Musyawarah</th>
            <th>Nomor surat</th>
            <th className="num">Usulan</th>
            <th>Diimpor</th>
            <th>Dokumen</th>
            <th>Tanggapan</th>
          </tr>
        </thead>
        <tbody>
          {packages.map((p) => (
            <tr key={p.id} className={p.replacedAt ? 'replaced' : undefined}>
              <td>
                <strong>{p.kelurahanName}</strong>
                <br />
                <small className="muted">Kec. {p.kecamatanName} · {p.kelurahanCode}</small>
                {p.replacedAt ? (
                  <>
                    <br />
                    <span className="badge status-replaced" title={`Diganti ${formatTimestamp(p.replacedAt)}`}>Diganti paket baru</span>
                  </>
                ) : null}
              </td>
              <td className="nowrap">{formatLongDate(p.meetingDate)}</td>
              <td className="mono small">{p.letterNumber}</td>
              <td className="num">{formatCount(p.proposals)}</td>
              <td>
                {formatTimestamp(p.importedAt)}
                <br />
                <small className="muted">oleh {p.importedBy}</small>
              </td>
              <td>
                <div className="doc-buttons">
                  {DOCUMENTS.map((doc) => (
                    <button key={doc.document} type="button" className="secondary small-button" onClick={() => void open(p, doc)} aria-label={`${doc.label} ${p.kelurahanName} ${formatLongDate(p.meetingDate)} (PDF)`}>
                      {doc.label} (PDF)
                    </button>
                  ))}
                </div>
              </td>
              <td>
                {p.answersSent > 0 && p.lastAnswerAt ? (
                  <small className="muted answer-sent">
                    {p.answersSent === 1 ? 'Dibuat' : `Dibuat ${formatCount(p.answersSent)} kali, terakhir`} {formatTimestamp(p.lastAnswerAt)}
                    <br />
                  </small>
                ) : null}
                {p.replacedAt ? null : (
                  <button type="button" className="secondary small-button nowrap" onClick={() => setAnswering(p)} aria-label={`Buat tanggapan untuk ${p.kelurahanName} ${formatLongDate(p.meetingDate)}`}>
                    {p.answersSent > 0 ? 'Buat tanggapan baru…' : 'Buat tanggapan…'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {answering ? (
        <AnswerDialog
          pkg={answering}
          onClose={() => {
            setAnswering(null);
            onAnswerClosed();
          }}
        />
      ) : null}
    </>
  );
}
