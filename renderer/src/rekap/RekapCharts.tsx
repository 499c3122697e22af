import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { WORKLIST_CODES } from '../../../shared/dtsen/worklist-schema';
import type { WorklistCounts } from '../../../shared/dtsen/worklist-schema';
import { PROGRAMS } from '../../../shared/household/options';
import type { Rekap } from '../../../shared/rekap/schema';

/** Fits the printable width of A4 and F4 at 96 dpi; fixed, so paper and screen show the same chart. */
const WIDTH = 660;
const HEIGHT = 260;
const DESIL_LABELS = [...Array.from({ length: 10 }, (_, i) => `Desil ${i + 1}`), 'Tanpa desil'];
/** Poorest deciles warm, richest cool, none grey. */
const DESIL_COLOURS = ['#7f1d1d', '#b91c1c', '#dc2626', '#f97316', '#f59e0b', '#a3a3a3', '#60a5fa', '#3b82f6', '#2563eb', '#1e3a8a', '#a1a1aa'];
const PROGRAM_COLOURS = { PKH: '#2d3f9b', SEMBAKO: '#1f7a45', PBI_JK: '#c2410c' } as const;
const CODE_COLOURS = ['#7c3aed', '#c2410c', '#0f766e', '#475467'];
const count = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('id-ID') : String(v));

export function DesilByRwChart({ rekap }: { rekap: Rekap }) {
  const data = rekap.byRw.map((r) => ({ rw: `RW ${r.rw}`, ...Object.fromEntries(r.familiesByDesil.map((n, i) => [DESIL_LABELS[i] ?? '', n])) }));
  return (
    <BarChart width={WIDTH} height={HEIGHT + 40} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="rw" />
      <YAxis tickFormatter={count} />
      <Tooltip formatter={count} />
      <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
      {DESIL_LABELS.map((label, i) => (
        <Bar key={label} dataKey={label} stackId="desil" fill={DESIL_COLOURS[i]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export function RecipientsByDesilChart({ rekap }: { rekap: Rekap }) {
  const data = rekap.byDesil.map((d) => ({ desil: d.desil === null ? 'Tanpa' : String(d.desil), ...d.recipients }));
  return (
    <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="desil" label={{ value: 'Desil', position: 'insideBottomRight', offset: -2 }} />
      <YAxis tickFormatter={count} />
      <Tooltip formatter={count} labelFormatter={(l) => (l === 'Tanpa' ? 'Tanpa desil' : typeof l === 'string' ? `Desil ${l}` : '')} />
      <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
      {PROGRAMS.codes.map((p) => (
        <Bar key={p} dataKey={p} name={PROGRAMS.labels[p]} fill={PROGRAM_COLOURS[p]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export function WorklistCountsChart({ counts }: { counts: WorklistCounts }) {
  const data = WORKLIST_CODES.codes.map((c, i) => ({ label: WORKLIST_CODES.labels[c], jumlah: counts[c], fill: CODE_COLOURS[i] }));
  return (
    <BarChart width={WIDTH} height={200} data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 0, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={count} />
      <YAxis type="category" dataKey="label" width={180} />
      <Tooltip formatter={count} />
      <Bar dataKey="jumlah" name="Butir" isAnimationActive={false} label={{ position: 'right', formatter: count }} />
    </BarChart>
  );
}
