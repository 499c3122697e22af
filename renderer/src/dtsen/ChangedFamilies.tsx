import type { ImportResult } from '../../../shared/dtsen/import-result';
import { formatCount } from '../../../shared/format/date';
import { hrefFor } from '../app/route';

type Change = ImportResult['changed'][number]['changes'][number];

const CHANGE_LABELS: Record<Change, string> = { desil: 'desil', programmes: 'program bantuan', members: 'anggota', address: 'alamat' };

/** The registered families the file changes, each with what changed and a link to its page. */
export function ChangedFamilies({ result }: { result: ImportResult }) {
  const { changed } = result;
  return (
    <>
      {changed.length < result.families.changed ? (
        <p className="muted">Ditampilkan {formatCount(changed.length)} pertama dari {formatCount(result.families.changed)} keluarga yang berubah.</p>
      ) : null}
      <table className="data-table changed-table" aria-label="Keluarga yang berubah">
        <thead>
          <tr><th>No. KK</th><th>Yang berubah</th></tr>
        </thead>
        <tbody>
          {changed.map((c) => (
            <tr key={c.noKk}>
              <td className="mono">
                {c.householdId === null ? c.noKk : <a href={hrefFor({ page: 'household-edit', id: c.householdId })}>{c.noKk}</a>}
              </td>
              <td>{c.changes.map((k) => CHANGE_LABELS[k]).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
