import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Village } from '../../shared/settings/schema';
import type { Regency } from '../../shared/office/schema';

interface IndexedVillage extends Village {
  haystack: string;
}

let villages: Promise<IndexedVillage[]> | null = null;

const digits = (dotted: string) => dotted.replaceAll('.', '');

/** The national Kemendagri list from idn-area-data, loaded once on first use. */
function loadVillages(): Promise<IndexedVillage[]> {
  villages ??= (async () => {
    const [provinces, regencies, districts, all] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
    const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
    const regency = new Map(regencies.map((r) => [r.code, { name: r.name, province: provinceName.get(r.province_code) ?? '' }]));
    const district = new Map(districts.map((d) => [d.code, { name: d.name, regencyCode: d.regency_code }]));
    return all.map((v) => {
      const d = district.get(v.district_code);
      const r = d ? regency.get(d.regencyCode) : undefined;
      const village: Village = {
        code: digits(v.code),
        name: v.name,
        districtCode: digits(v.district_code),
        districtName: d?.name ?? '',
        regencyCode: d ? digits(d.regencyCode) : '',
        regencyName: r?.name ?? '',
        provinceName: r?.province ?? '',
      };
      const haystack = `${village.name} ${village.districtName} ${village.regencyName} ${village.provinceName} ${village.code}`.toLowerCase();
      return { ...village, haystack };
    });
  })();
  return villages;
}

const strip = ({ haystack: _haystack, ...village }: IndexedVillage): Village => village;

export async function findVillage(code: string): Promise<Village | null> {
  const found = (await loadVillages()).find((v) => v.code === code);
  return found ? strip(found) : null;
}

/** Every word must appear; villages whose own name starts with the first word come first. */
export async function searchVillages(query: string, limit: number): Promise<Village[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words[0] ?? '';
  const hits = (await loadVillages()).filter((v) => words.every((w) => v.haystack.includes(w)));
  hits.sort((a, b) => Number(!a.name.toLowerCase().startsWith(first)) - Number(!b.name.toLowerCase().startsWith(first)));
  return hits.slice(0, limit).map(strip);
}

let regencies: Promise<Regency[]> | null = null;

function loadRegencies(): Promise<Regency[]> {
  regencies ??= (async () => {
    const [all, provinces] = await Promise.all([getRegencies(), getProvinces()]);
    const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
    return all.map((r) => ({ code: digits(r.code), name: r.name, provinceName: provinceName.get(r.province_code) ?? '' }));
  })();
  return regencies;
}

/** A kota/kabupaten of the Kemendagri list by its 4-digit code (3573 is Kota Malang). */
export async function findRegency(code: string): Promise<Regency | null> {
  return (await loadRegencies()).find((r) => r.code === code) ?? null;
}

/** Every word must appear in the name, the province or the code; names with a word starting with the first come first ("malang": Kota and Kabupaten Malang before Pemalang). */
export async function searchRegencies(query: string, limit: number): Promise<Regency[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words[0] ?? '';
  const starts = (r: Regency) => r.name.toLowerCase().split(' ').some((part) => part.startsWith(first));
  const hits = (await loadRegencies()).filter((r) => words.every((w) => `${r.name} ${r.provinceName} ${r.code}`.toLowerCase().includes(w)));
  return hits.sort((a, b) => Number(!starts(a)) - Number(!starts(b))).slice(0, limit);
}

/** The villages (kelurahan and desa) of a kota/kabupaten, by code. */
export async function villagesOf(regencyCode: string): Promise<Village[]> {
  return (await loadVillages()).filter((v) => v.regencyCode === regencyCode).map(strip);
}
