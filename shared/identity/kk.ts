import { provinceName } from '../region/provinces';
import { EXCEL_MESSAGE, looksMangledByExcel } from './excel';

/** No. KK: 6-digit issuing region + recording date + serial. Only the parts we can be sure of are checked. */
export function checkKk(raw: string): string | null {
  if (looksMangledByExcel(raw)) return `No. KK ${EXCEL_MESSAGE}`;
  const kk = raw.trim();
  if (!/^\d+$/.test(kk)) return 'No. KK hanya boleh berisi angka';
  if (kk.length !== 16) return `No. KK harus 16 digit (tertulis ${kk.length} digit)`;
  const province = kk.slice(0, 2);
  if (!provinceName(province)) return `Kode provinsi ${province} pada No. KK tidak dikenal`;
  if (kk.slice(2, 4) === '00') return 'Kode kabupaten/kota pada No. KK tidak boleh 00';
  if (/0{6,}$/.test(kk)) return `No. KK ${EXCEL_MESSAGE}`;
  return null;
}
