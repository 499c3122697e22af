import type { ImportResult } from '../../../shared/dtsen/import-result';
import { formatCount } from '../../../shared/format/date';

/** Families and members (a desil update changes no member): new, changed, unchanged, and registered families the file does not hold. */
export function ImportCounts({ result }: { result: ImportResult }) {
  const { families, members } = result;
  return (
    <table className="data-table counts-table" aria-label="Jumlah keluarga dan anggota">
      <thead>
        <tr>
          <th />
          <th className="num">Baru</th>
          <th className="num">Berubah</th>
          <th className="num">Tidak berubah</th>
          <th className="num">Terdaftar tetapi tidak ada di berkas</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Keluarga</th>
          <td className="num">{formatCount(families.new)}</td>
          <td className="num">{formatCount(families.changed)}</td>
          <td className="num">{formatCount(families.unchanged)}</td>
          <td className="num">{formatCount(families.missing)}</td>
        </tr>
        {result.shape === 'REGISTER' ? (
          <tr>
            <th scope="row">Anggota</th>
            <td className="num">{formatCount(members.new)}</td>
            <td className="num">{formatCount(members.changed)}</td>
            <td className="num">{formatCount(members.unchanged)}</td>
            <td className="num">—</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
