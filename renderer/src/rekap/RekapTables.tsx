import { formatCount } from '../../../shared/format/date';
import { PROGRAMS } from '../../../shared/household/options';
import type { Rekap } from '../../../shared/rekap/schema';

const DESILS = [...Array.from({ length: 10 }, (_, i) => String(i + 1)), 'Tanpa'];

export function ByRwTable({ rekap }: { rekap: Rekap }) {
  return (
    <table className="data-table rekap-table" aria-label="Per RW">
      <thead>
        <tr>
          <th>RW</th><th className="num">Keluarga</th><th className="num">Jiwa</th>
          {DESILS.map((d) => <th key={d} className="num">{d === 'Tanpa' ? 'Tanpa desil' : `D${d}`}</th>)}
        </tr>
      </thead>
      <tbody>
        {rekap.byRw.map((r) => (
          <tr key={r.rw}>
            <td>RW {String(r.rw).padStart(3, '0')}</td>
            <td className="num">{formatCount(r.families)}</td>
            <td className="num">{formatCount(r.people)}</td>
            {r.familiesByDesil.map((n, i) => <td key={DESILS[i]} className="num">{formatCount(n)}</td>)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr><td>Jumlah</td><td className="num">{formatCount(rekap.families)}</td><td className="num">{formatCount(rekap.people)}</td>
          {rekap.byDesil.map((d) => <td key={d.desil ?? 'tanpa'} className="num">{formatCount(d.families)}</td>)}</tr>
      </tfoot>
    </table>
  );
}

export function ByDesilTable({ rekap }: { rekap: Rekap }) {
  return (
    <table className="data-table rekap-table" aria-label="Per desil">
      <thead>
        <tr>
          <th>Desil</th><th className="num">Keluarga</th><th className="num">Jiwa</th>
          {PROGRAMS.codes.map((p) => <th key={p} className="num">Penerima {PROGRAMS.labels[p]}</th>)}
        </tr>
      </thead>
      <tbody>
        {rekap.byDesil.map((d) => (
          <tr key={d.desil ?? 'tanpa'}>
            <td>{d.desil === null ? 'Tanpa desil' : `Desil ${d.desil}`}</td>
            <td className="num">{formatCount(d.families)}</td>
            <td className="num">{formatCount(d.people)}</td>
            {PROGRAMS.codes.map((p) => <td key={p} className="num">{formatCount(d.recipients[p])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ByProgramTable({ rekap }: { rekap: Rekap }) {
  return (
    <table className="data-table rekap-table" aria-label="Per program">
      <thead><tr><th>Program</th><th className="num">Keluarga penerima</th><th className="num">Jiwa</th></tr></thead>
      <tbody>
        {rekap.byProgram.map((p) => (
          <tr key={p.program}><td>{PROGRAMS.labels[p.program]}</td><td className="num">{formatCount(p.families)}</td><td className="num">{formatCount(p.people)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
