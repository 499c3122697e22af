import { formatRtRw } from '../../../../shared/format/address';
import { formatDate, formatLongDate } from '../../../../shared/format/date';
import type { GroundcheckItem } from '../../../../shared/groundcheck/schema';
import { PROPOSAL_KIND_SHORT } from '../../../../shared/meeting/options';
import { ProposalProgramChips } from '../CityBadges';
import { CrossCheckNote } from '../CrossCheckNote';
import { ResultBadge } from './ResultBadge';

interface GroundcheckTableProps {
  rows: readonly GroundcheckItem[];
  isSelected: (id: number) => boolean;
  onToggle: (id: number) => void;
  onOpen: (item: GroundcheckItem) => void;
}

/** The visits, by day, officer and street as the services order them; each opens its result form. */
export function GroundcheckTable({ rows, isSelected, onToggle, onOpen }: GroundcheckTableProps) {
  if (rows.length === 0) return <p className="empty card">Tidak ada usulan groundcheck dengan saringan ini.</p>;
  return (
    <table className="data-table gc-table" aria-label="Daftar groundcheck">
      <thead>
        <tr>
          <th aria-label="Pilih" />
          <th>Jadwal</th>
          <th>Keluarga</th>
          <th>Alamat</th>
          <th>Usulan</th>
          <th>Hasil</th>
          <th className="num">Foto</th>
          <th aria-label="Tindakan" />
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => {
          const { proposal: p, assignment, result } = item;
          return (
            <tr key={p.id} className={isSelected(p.id) ? 'selected' : undefined}>
              <td>
                <input type="checkbox" aria-label={`Pilih ${p.name}`} checked={isSelected(p.id)} onChange={() => onToggle(p.id)} />
              </td>
              <td className="nowrap">
                {assignment ? (
                  <>
                    <strong>{formatLongDate(assignment.plannedDate)}</strong>
                    <br />
                    <span className="muted">{assignment.officer}</span>
                  </>
                ) : (
                  <span className="muted">Belum ditugaskan</span>
                )}
              </td>
              <td>
                <strong>{p.name}</strong>
                <br />
                <small className="muted mono">{p.nik}</small>
                <br />
                <small className="muted">Kel. {p.kelurahanName} · usulan no. {p.no}</small>
              </td>
              <td>
                {p.address}
                <br />
                <small className="muted mono">RT/RW {formatRtRw(p.rt, p.rw)}</small>
              </td>
              <td>
                <div className="gc-proposal">
                  <span>{PROPOSAL_KIND_SHORT[p.kind]}</span>
                  <ProposalProgramChips programs={p.programs} />
                  {p.crossChecks.length > 0 ? <CrossCheckNote checks={p.crossChecks} /> : null}
                </div>
              </td>
              <td>
                <ResultBadge result={result} />
                {result ? (
                  <small className="muted gc-result-line">
                    {result.recommendedDesil !== null ? `desil disarankan ${result.recommendedDesil} · ` : ''}
                    {formatDate(result.checkedAt)}, {result.officer}
                  </small>
                ) : null}
              </td>
              <td className="num">{item.photos.length}</td>
              <td>
                <button type="button" className="secondary small-button nowrap" onClick={() => onOpen(item)} aria-label={`${result ? 'Ubah hasil' : 'Catat hasil'} ${p.name}`}>
                  {result ? 'Ubah hasil' : 'Catat hasil'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
