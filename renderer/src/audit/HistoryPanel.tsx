import { AUDIT_ACTIONS } from '../../../shared/audit/schema';
import type { AuditEntry, AuditScope } from '../../../shared/audit/schema';
import { formatTimestamp } from '../../../shared/format/date';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { describeChange } from './describe-change';

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  BUAT: 'Dibuat', UBAH: 'Diubah', HAPUS: 'Dihapus', PUTUSAN: 'Keputusan', STATUS: 'Status',
};
const ENTITY_LABELS: Record<AuditEntry['entity'], string> = {
  PENGATURAN: 'pengaturan', KELUARGA: 'keluarga', MUSYAWARAH: 'musyawarah', HADIR: 'peserta', USULAN: 'usulan', LAMPIRAN: 'lampiran', ATURAN: 'aturan', KUNCI: 'kunci', PAKET: 'paket', FOLDER_DATA: 'folder data', IMPOR_DTSEN: 'impor data DTSEN',
  KUNCI_KELURAHAN: 'kunci kelurahan', PAKET_MASUK: 'paket masuk', TANGGAPAN: 'tanggapan Dinsos', GROUNDCHECK: 'groundcheck',
};

/** What an entry says was done; a kelurahan creates no answer of Dinsos', it opens one; a groundcheck is assigned, photographed and decided. */
function changeLabel(e: AuditEntry): string {
  if (e.entity === 'TANGGAPAN' && e.action === 'BUAT') return 'Dibuka tanggapan Dinsos';
  if (e.entity === 'GROUNDCHECK') {
    if (e.action === 'BUAT') return e.after && typeof e.after === 'object' && 'photoId' in e.after ? 'Ditambahkan foto groundcheck' : 'Ditugaskan groundcheck';
    if (e.action === 'UBAH') return 'Diubah tugas groundcheck';
    if (e.action === 'PUTUSAN') return 'Dicatat hasil groundcheck';
  }
  return `${ACTION_LABELS[e.action]} ${ENTITY_LABELS[e.entity]}`;
}

/** Who changed what and when, newest first, for one meeting, one household or one proposal of the city register. */
export function HistoryPanel({ scope }: { scope: AuditScope }) {
  const [entries] = useLoad(() => call('audit.history', scope), JSON.stringify(scope));
  if (entries.state === 'loading') return <p className="muted">Memuat riwayat…</p>;
  if (entries.state === 'failed') return <ErrorBanner message={entries.message} />;
  return (
    <table className="data-table" aria-label="Riwayat perubahan">
      <thead>
        <tr>
          <th>Waktu</th>
          <th>Operator</th>
          <th>Perubahan</th>
          <th>Rincian</th>
        </tr>
      </thead>
      <tbody>
        {entries.value.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{formatTimestamp(e.at)}</td>
            <td>{e.operator}</td>
            <td className="nowrap">{changeLabel(e)}</td>
            <td>{describeChange(e)}</td>
          </tr>
        ))}
        {entries.value.length === 0 ? <tr><td colSpan={4} className="empty">Belum ada riwayat.</td></tr> : null}
      </tbody>
    </table>
  );
}
