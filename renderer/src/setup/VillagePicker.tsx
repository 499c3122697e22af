import type { Village } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { RegionPicker } from '../ui/RegionPicker';

interface VillagePickerProps {
  id: string;
  value: Village | null;
  onChange: (village: Village) => void;
  invalid: boolean;
  /** Only the villages of this kota/kabupaten (4-digit code), as Dinsos picks among its own kelurahan. */
  regencyCode?: string;
}

export function villageLabel(v: Village): string {
  return `Kelurahan ${v.name}, Kecamatan ${v.districtName}, ${v.regencyName}, ${v.provinceName}`;
}

/** Type-ahead over the Kemendagri list: "dinoyo", "sukun malang", or a code. */
export function VillagePicker({ regencyCode, ...props }: VillagePickerProps) {
  const search = async (q: string): Promise<Village[]> => {
    if (regencyCode === undefined) return call('region.searchVillages', { query: q, limit: 12 });
    // Every word must match, and a village's code starts with its regency's: the code narrows the search to it.
    const found = await call('region.searchVillages', { query: `${q.slice(0, 50)} ${regencyCode}`, limit: 24 });
    return found.filter((v) => v.regencyCode === regencyCode).slice(0, 12);
  };
  return (
    <RegionPicker
      {...props}
      noun="kelurahan"
      example="Dinoyo"
      testId="village-chosen"
      search={search}
      label={villageLabel}
      option={(v) => (
        <>
          <strong>{v.name}</strong> <span className="muted">Kec. {v.districtName}, {v.regencyName}, {v.provinceName}</span>
        </>
      )}
    />
  );
}
