import type { Regency } from '../../../shared/office/schema';
import { call } from '../api/client';
import { RegionPicker } from '../ui/RegionPicker';

interface RegencyPickerProps {
  id: string;
  value: Regency | null;
  onChange: (regency: Regency) => void;
  invalid: boolean;
}

export function regencyLabel(r: Regency): string {
  return `${r.name}, ${r.provinceName}`;
}

async function searchRegencies(q: string): Promise<Regency[]> {
  // "malang" should offer Kota and Kabupaten Malang before Kabupaten Pemalang: a word of the name starting with it first.
  const first = q.trim().toLowerCase().split(/\s+/)[0] ?? '';
  const startsWord = (r: Regency) => r.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(first));
  const found = await call('region.searchRegencies', { query: q, limit: 24 });
  return [...found].sort((a, b) => Number(startsWord(b)) - Number(startsWord(a))).slice(0, 12);
}

/** Type-ahead over the Kemendagri list of kota and kabupaten: "malang", "kota malang", or a code such as 3573. */
export function RegencyPicker(props: RegencyPickerProps) {
  return (
    <RegionPicker
      {...props}
      noun="kota/kabupaten"
      example="Kota Malang"
      testId="regency-chosen"
      search={searchRegencies}
      label={regencyLabel}
      option={(r) => (
        <>
          <strong>{r.name}</strong> <span className="muted">{r.provinceName} · kode {r.code}</span>
        </>
      )}
    />
  );
}
