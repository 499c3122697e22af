import type { BackupSummary } from '../../../shared/backup/schema';
import { BACKUP_KIND_LABEL } from '../../../shared/backup/schema';
import { formatCount, formatTimestamp } from '../../../shared/format/date';

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatCount(Math.ceil(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The backups of one folder, newest first; the operator picks one to restore. */
export function BackupTable({ backups, selected, onSelect }: { backups: readonly BackupSummary[]; selected: string | null; onSelect: (file: string) => void }) {
  if (backups.length === 0) return <p className="muted">Belum ada cadangan di folder ini.</p>;
  return (
    <table className="data-table" aria-label="Daftar cadangan">
      <thead>
        <tr><th /><th>Tanggal</th><th>Jenis</th><th>Kelurahan</th><th className="num">Musyawarah</th><th className="num">Keluarga</th><th className="num">Ukuran</th></tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.file} className={b.file === selected ? 'selected' : undefined} onClick={() => onSelect(b.file)}>
            <td>
              <input type="radio" name="cadangan" aria-label={`Pilih cadangan ${formatTimestamp(b.createdAt)}`} checked={b.file === selected} onChange={() => onSelect(b.file)} />
            </td>
            <td className="nowrap">{formatTimestamp(b.createdAt)}</td>
            <td>{BACKUP_KIND_LABEL[b.kind]}</td>
            <td>{b.kelurahan ? b.kelurahan.name : '—'}</td>
            <td className="num">{formatCount(b.counts.meetings)}</td>
            <td className="num">{formatCount(b.counts.households)}</td>
            <td className="num nowrap">{formatSize(b.size)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
