import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityProposalPage } from '../../../shared/inbox/city-proposals';

type PerKelurahan = CityProposalPage['perKelurahan'];

const WIDTH = 620;
const BAR_ROW = 26;
const count = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('id-ID') : String(v));

/** Per kelurahan, its proposals split into those Dinsos has answered and those still waiting. */
export function KelurahanChart({ rows }: { rows: PerKelurahan }) {
  const data = rows.map((r) => ({ name: r.kelurahanName, answered: r.answered, waiting: r.proposals - r.answered }));
  return (
    <BarChart width={WIDTH} height={70 + rows.length * BAR_ROW} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={count} allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={140} interval={0} tick={{ fontSize: 12 }} />
      <Tooltip formatter={count} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="answered" name="Sudah ditanggapi" stackId="usulan" fill="#1f7a3d" isAnimationActive={false} />
      <Bar dataKey="waiting" name="Belum ditanggapi" stackId="usulan" fill="#d97706" isAnimationActive={false} />
    </BarChart>
  );
}
