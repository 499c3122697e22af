import type { Regency } from '../office/schema';
import type { Village } from '../settings/schema';

/** The address a kelurahan's settings start from when none is given: "Kantor Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang". */
export function kelurahanOfficeAddress(village: Pick<Village, 'name' | 'districtName' | 'regencyName'>): string {
  return `Kantor Kelurahan ${village.name}, Kecamatan ${village.districtName}, ${village.regencyName}`;
}

/** "Dinas Sosial Kota Malang". */
export function dinsosOfficeName(regency: Pick<Regency, 'name'>): string {
  return `Dinas Sosial ${regency.name}`;
}

/** "Kantor Dinas Sosial Kota Malang, Jawa Timur". */
export function dinsosOfficeAddress(regency: Pick<Regency, 'name' | 'provinceName'>): string {
  return regency.provinceName ? `Kantor ${dinsosOfficeName(regency)}, ${regency.provinceName}` : `Kantor ${dinsosOfficeName(regency)}`;
}
