import { formatTimestamp } from '../../../shared/format/date';
import type { TrustedKey } from '../../../shared/inbox/schema';

/** The key in force for each kelurahan, by name. */
export function TrustedKeyTable({ keys, highlight }: { keys: readonly TrustedKey[]; highlight: string | null }) {
  if (keys.length === 0) return <p className="empty card">Belum ada kunci kelurahan yang dipercaya.</p>;
  const sorted = [...keys].sort((a, b) => a.kelurahanName.localeCompare(b.kelurahanName, 'id'));
  return (
    <table className="data-table" aria-label="Kunci kelurahan yang dipercaya">
      <thead>
        <tr>
          <th>Kelurahan</th>
          <th>Kode</th>
          <th>ID kunci</th>
          <th>Dipercaya sejak</th>
          <th>Oleh</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((k) => (
          <tr key={k.kelurahanCode} className={k.kelurahanCode === highlight ? 'selected' : undefined}>
            <td><strong>{k.kelurahanName}</strong></td>
            <td className="mono">{k.kelurahanCode}</td>
            <td className="mono">{k.keyId}</td>
            <td>{formatTimestamp(k.trustedAt)}</td>
            <td>{k.trustedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
