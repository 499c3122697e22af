import type { RowProblem } from '../../../shared/dtsen/import-result';
import { formatCount } from '../../../shared/format/date';
import { downloadFile } from '../ui/download';
import { problemsCsv } from './problems-csv';

/** Enough to see what went wrong; the download holds them all. */
const SHOWN = 200;

interface ProblemTableProps {
  problems: readonly RowProblem[];
  /** The table's accessible name, e.g. "Daftar kesalahan"; the download button is named after it. */
  label: string;
  downloadName: string;
}

/** Problems as Baris, Kolom, Nilai, Keterangan (row numbers as the spreadsheet shows them), and as a CSV download. */
export function ProblemTable({ problems, label, downloadName }: ProblemTableProps) {
  return (
    <>
      <div className="actions start">
        <button type="button" className="secondary" onClick={() => downloadFile(downloadName, new Blob([problemsCsv(problems)], { type: 'text/csv;charset=utf-8' }))}>
          Unduh {label.toLowerCase()} (CSV)
        </button>
        {problems.length > SHOWN ? <span className="muted">Ditampilkan {SHOWN} pertama dari {formatCount(problems.length)}; daftar lengkap ada pada berkas unduhan.</span> : null}
      </div>
      <table className="data-table" aria-label={label}>
        <thead>
          <tr><th className="num">Baris</th><th>Kolom</th><th>Nilai</th><th>Keterangan</th></tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={i}>
              <td className="num">{p.row ?? '—'}</td>
              <td>{p.column ?? '—'}</td>
              <td className="mono">{p.value}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
