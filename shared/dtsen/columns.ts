/**
 * The columns a DTSEN/DTKS extract or a SIKS-NG desil sheet may carry, and the header spellings that name
 * them. A header is matched after upper-casing it and dropping everything but letters and digits, so
 * "Nomor KK", "nomor_kk" and "NOMOR-KK" are all NOMORKK. Printed in the README; extend it here only.
 */
export const IMPORT_FIELDS = [
  'nik', 'noKk', 'name', 'relationship', 'sex', 'birthDate', 'birthPlace', 'motherName',
  'address', 'rt', 'rw', 'desil', 'pkh', 'sembako', 'pbiJk', 'idDtsen', 'kecamatan', 'kelurahan',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  nik: ['NIK', 'NONIK', 'NOMORNIK'],
  noKk: ['NOKK', 'NOMORKK', 'KK'],
  name: ['NAMA', 'NAMALENGKAP', 'NAMAART'],
  relationship: ['HUBKELUARGA', 'HUBUNGANKELUARGA', 'SHDK', 'STATUSHUBUNGAN'],
  sex: ['JK', 'JENISKELAMIN'],
  birthDate: ['TGLLAHIR', 'TANGGALLAHIR'],
  birthPlace: ['TEMPATLAHIR'],
  motherName: ['NAMAIBUKANDUNG'],
  address: ['ALAMAT'],
  rt: ['RT'],
  rw: ['RW'],
  desil: ['DESIL', 'DESILNASIONAL'],
  pkh: ['PKH'],
  sembako: ['BPNT', 'SEMBAKO'],
  pbiJk: ['PBI', 'PBIJK'],
  idDtsen: ['IDDTSEN', 'IDDTKS'],
  kecamatan: ['KECAMATAN'],
  kelurahan: ['DESAKELURAHAN'],
};

/** How a column is named in messages and on the mapping screen. */
export const FIELD_LABELS: Record<ImportField, string> = {
  nik: 'NIK',
  noKk: 'No. KK',
  name: 'Nama',
  relationship: 'Hubungan keluarga (SHDK)',
  sex: 'Jenis kelamin',
  birthDate: 'Tanggal lahir',
  birthPlace: 'Tempat lahir',
  motherName: 'Nama ibu kandung',
  address: 'Alamat',
  rt: 'RT',
  rw: 'RW',
  desil: 'Desil',
  pkh: 'PKH',
  sembako: 'Sembako (BPNT)',
  pbiJk: 'PBI-JK',
  idDtsen: 'ID DTSEN/DTKS',
  kecamatan: 'Kecamatan',
  kelurahan: 'Desa/kelurahan',
};

export function normaliseHeader(header: string): string {
  return header.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const BY_SPELLING = new Map<string, ImportField>(IMPORT_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((s) => [s, field] as const)));

/** A register extract (one row per person, with the relationship) or a desil update (SIKS-NG's sheet). */
export type FileShape = 'REGISTER' | 'DESIL_UPDATE';

export interface HeaderMatch {
  /** The field each column holds, by position; null where a column is not used. */
  fields: (ImportField | null)[];
  /** Headers no synonym or manual mapping named: offered on the mapping screen. */
  unmatched: string[];
  shape: FileShape;
  /** Fields the shape needs that no column holds: the import stops naming them. */
  missing: ImportField[];
  /** Fields two columns claim: the import stops naming both headers. */
  duplicates: { field: ImportField; headers: string[] }[];
}

/**
 * Finds each column's field from its header, a manual mapping (original header → field) taking precedence.
 * Without a relationship column the file is a desil update: families matched by No. KK, then NIK.
 */
export function matchHeaders(headers: readonly string[], manual: Readonly<Record<string, ImportField | null>> = {}): HeaderMatch {
  const fields = headers.map((h) => (Object.hasOwn(manual, h) ? (manual[h] ?? null) : (BY_SPELLING.get(normaliseHeader(h)) ?? null)));
  const unmatched = headers.filter((h, i) => fields[i] === null && h.trim() !== '' && !Object.hasOwn(manual, h));
  const duplicates: HeaderMatch['duplicates'] = [];
  for (const field of IMPORT_FIELDS) {
    const claimed = headers.filter((_, i) => fields[i] === field);
    if (claimed.length > 1) duplicates.push({ field, headers: claimed });
  }
  const present = new Set(fields);
  const shape: FileShape = present.has('relationship') ? 'REGISTER' : 'DESIL_UPDATE';
  const needed: ImportField[] = shape === 'REGISTER' ? ['nik', 'noKk', 'name', 'relationship'] : [present.has('noKk') ? 'noKk' : 'nik'];
  const missing = needed.filter((f) => !present.has(f));
  if (shape === 'DESIL_UPDATE' && !['desil', 'pkh', 'sembako', 'pbiJk'].some((f) => present.has(f as ImportField))) missing.push('desil');
  return { fields, unmatched, shape, missing, duplicates };
}
