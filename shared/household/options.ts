/**
 * Coded answers for household and member facts, each with its Indonesian label.
 * The codes are stored; the labels are shown and printed.
 */
export function options<const T extends Record<string, string>>(labels: T) {
  const codes = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { codes, labels };
}

export const PROGRAMS = options({
  PKH: 'PKH',
  SEMBAKO: 'Sembako (BPNT)',
  PBI_JK: 'PBI-JK',
});

export const SEXES = options({ L: 'Laki-laki', P: 'Perempuan' });

export const RELATIONSHIPS = options({
  KEPALA_KELUARGA: 'Kepala keluarga',
  SUAMI: 'Suami',
  ISTRI: 'Istri',
  ANAK: 'Anak',
  MENANTU: 'Menantu',
  CUCU: 'Cucu',
  ORANG_TUA: 'Orang tua',
  MERTUA: 'Mertua',
  FAMILI_LAIN: 'Famili lain',
  LAINNYA: 'Lainnya',
});

export const MARITAL_STATUSES = options({
  BELUM_KAWIN: 'Belum kawin',
  KAWIN: 'Kawin',
  CERAI_HIDUP: 'Cerai hidup',
  CERAI_MATI: 'Cerai mati',
});

export const EDUCATIONS = options({
  BELUM_SEKOLAH: 'Belum/tidak sekolah',
  SEDANG_SD: 'Sedang SD/sederajat',
  SEDANG_SMP: 'Sedang SMP/sederajat',
  SEDANG_SMA: 'Sedang SMA/sederajat',
  TIDAK_TAMAT_SD: 'Tidak tamat SD',
  TAMAT_SD: 'Tamat SD/sederajat',
  TAMAT_SMP: 'Tamat SMP/sederajat',
  TAMAT_SMA: 'Tamat SMA/sederajat',
  DIPLOMA: 'Diploma (D1-D3)',
  SARJANA: 'Sarjana (D4/S1 ke atas)',
});

export const OCCUPATIONS = options({
  TIDAK_BEKERJA: 'Tidak/belum bekerja',
  PELAJAR: 'Pelajar/mahasiswa',
  MENGURUS_RUMAH_TANGGA: 'Mengurus rumah tangga',
  BURUH_HARIAN: 'Buruh harian lepas',
  PEDAGANG: 'Pedagang',
  WIRASWASTA: 'Wiraswasta',
  KARYAWAN_SWASTA: 'Karyawan swasta',
  PETANI: 'Petani/pekebun',
  PENGEMUDI: 'Sopir/ojek',
  PNS_TNI_POLRI: 'PNS/TNI/Polri',
  PENSIUNAN: 'Pensiunan',
  LAINNYA: 'Lainnya',
});

export const DISABILITIES = options({
  TIDAK_ADA: 'Tidak ada',
  FISIK: 'Fisik',
  SENSORIK: 'Sensorik (netra/rungu/wicara)',
  INTELEKTUAL: 'Intelektual',
  MENTAL: 'Mental',
  GANDA: 'Ganda',
});

export const FLOORS = options({
  TANAH: 'Tanah',
  BAMBU_KAYU_MURAH: 'Bambu/kayu kualitas rendah',
  SEMEN_PLESTER: 'Semen/plester',
  UBIN_TEGEL: 'Ubin/tegel/teraso',
  KERAMIK: 'Keramik/granit/marmer',
});

export const WALLS = options({
  BAMBU_ANYAMAN: 'Bambu/anyaman',
  KAYU_PAPAN: 'Kayu/papan',
  TEMBOK_TANPA_PLESTER: 'Tembok tanpa plester',
  TEMBOK_PLESTER: 'Tembok diplester',
});

export const ROOFS = options({
  IJUK_RUMBIA: 'Ijuk/rumbia/daun',
  SENG_ASBES: 'Seng/asbes',
  GENTENG: 'Genteng',
  BETON: 'Beton/cor',
});

export const WATER_SOURCES = options({
  SUNGAI_HUJAN: 'Sungai/mata air tak terlindung/air hujan',
  SUMUR_TAK_TERLINDUNG: 'Sumur tak terlindung',
  SUMUR_TERLINDUNG: 'Sumur terlindung/sumur bor',
  LEDENG_PDAM: 'Ledeng/PDAM',
  AIR_KEMASAN: 'Air kemasan/isi ulang',
});

export const LIGHTINGS = options({
  BUKAN_LISTRIK: 'Bukan listrik',
  PLN_TANPA_METERAN: 'Listrik PLN tanpa meteran/numpang',
  PLN_450: 'Listrik PLN 450 VA',
  PLN_900: 'Listrik PLN 900 VA',
  PLN_1300_LEBIH: 'Listrik PLN 1.300 VA ke atas',
});

export const COOKING_FUELS = options({
  KAYU_ARANG: 'Kayu bakar/arang',
  MINYAK_TANAH: 'Minyak tanah',
  LPG_3KG: 'LPG 3 kg',
  LPG_BESAR: 'LPG 5,5 kg ke atas/gas kota',
  LISTRIK: 'Listrik',
});

export const TOILETS = options({
  TIDAK_ADA: 'Tidak ada',
  BERSAMA_UMUM: 'Bersama/umum',
  SENDIRI_TANPA_SEPTIK: 'Sendiri, tanpa tangki septik',
  SENDIRI_SEPTIK: 'Sendiri, dengan tangki septik',
});

export const TENURES = options({
  MILIK_SENDIRI: 'Milik sendiri',
  SEWA_KONTRAK: 'Sewa/kontrak',
  BEBAS_SEWA: 'Bebas sewa/menumpang',
  DINAS: 'Dinas',
  LAINNYA: 'Lainnya',
});

export const ASSETS = options({
  SEPEDA_MOTOR: 'Sepeda motor',
  MOBIL: 'Mobil',
  KULKAS: 'Kulkas',
  AC: 'AC',
  TELEVISI_BESAR: 'Televisi 30 inci ke atas',
  EMAS_10G: 'Emas/perhiasan 10 gram ke atas',
  KOMPUTER: 'Komputer/laptop',
  TERNAK: 'Ternak (sapi/kambing)',
  LAHAN_LAIN: 'Tanah/bangunan di tempat lain',
});

export const INCOME_BANDS = options({
  KURANG_1JT: 'Kurang dari Rp1.000.000/bulan',
  ANTARA_1_2JT: 'Rp1.000.000 - Rp2.000.000/bulan',
  ANTARA_2_3JT: 'Rp2.000.000 - Rp3.000.000/bulan',
  ANTARA_3_5JT: 'Rp3.000.000 - Rp5.000.000/bulan',
  LEBIH_5JT: 'Lebih dari Rp5.000.000/bulan',
});

export type ProgramCode = (typeof PROGRAMS.codes)[number];
export type RelationshipCode = (typeof RELATIONSHIPS.codes)[number];
