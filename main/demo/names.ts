/** Plausible names and places for synthetic Kota Malang households. Invented combinations, not real people. */
export const MALE_NAMES = [
  'Agus', 'Bambang', 'Budi', 'Dedi', 'Eko', 'Hadi', 'Joko', 'Slamet', 'Sugeng', 'Supriyadi', 'Suwarno', 'Teguh',
  'Wahyu', 'Yusuf', 'Ahmad', 'Muhammad', 'Rudi', 'Heru', 'Sutrisno', 'Imam', 'Rahmat', 'Arif', 'Hendra', 'Didik',
  'Gunawan', 'Sholeh', 'Mulyono', 'Wawan', 'Dwi', 'Fajar', 'Rizky', 'Bayu', 'Dimas', 'Galih', 'Ilham', 'Anwar',
  'Sugianto', 'Purnomo', 'Hariyanto', 'Nur', 'Samsul', 'Khoirul', 'Mochamad', 'Setyo', 'Totok', 'Yanto',
] as const;

export const FEMALE_NAMES = [
  'Siti', 'Sri', 'Endang', 'Sumiati', 'Suparmi', 'Wahyuni', 'Lestari', 'Rina', 'Dewi', 'Yuli', 'Nur', 'Tutik',
  'Ani', 'Kartini', 'Sulastri', 'Ratna', 'Indah', 'Fitri', 'Rahayu', 'Puji', 'Umi', 'Khotimah', 'Mariyam', 'Eni',
  'Suwarni', 'Ninik', 'Wulan', 'Aisyah', 'Nabila', 'Putri', 'Ayu', 'Anisa', 'Sulis', 'Kasiyem', 'Tumini', 'Winarti',
  'Susilowati', 'Handayani', 'Retno', 'Mujiati', 'Nurul', 'Erna', 'Yuliana', 'Zahra', 'Salsabila',
] as const;

export const SECOND_NAMES = [
  'Santoso', 'Prasetyo', 'Wibowo', 'Setiawan', 'Hidayat', 'Susanto', 'Purwanto', 'Kurniawan', 'Saputra', 'Hartono',
  'Wijaya', 'Nugroho', 'Rahman', 'Sudarsono', 'Fauzi', 'Maulana', 'Ningsih', 'Rahayu', 'Wati', 'Astuti',
  'Lestari', 'Handayani', 'Kusuma', 'Pratama', 'Ramadhan', 'Firmansyah', 'Hakim', 'Syaifudin', 'Efendi', 'Utomo',
] as const;

export const STREETS = [
  'Jl. MT Haryono', 'Jl. Sumbersari', 'Jl. Gajayana', 'Jl. Mertojoyo', 'Jl. Joyo Agung', 'Jl. Kertoraharjo',
  'Jl. Bendungan Sigura-gura', 'Jl. Tlogomas', 'Jl. Candi Panggung', 'Jl. Sunan Kalijaga', 'Jl. Watu Gong',
  'Jl. Kendalsari', 'Jl. Soekarno Hatta', 'Jl. Mayjen Panjaitan', 'Jl. Bunga Kopi', 'Jl. Terusan Dieng',
  'Jl. Raya Dinoyo', 'Jl. Kerto Leksono', 'Jl. Simpang Gajayana', 'Jl. Joyo Suko', 'Jl. Joyo Tamansari',
] as const;

export const BIRTH_PLACES = [
  'Malang', 'Malang', 'Malang', 'Malang', 'Kab. Malang', 'Batu', 'Blitar', 'Pasuruan', 'Surabaya', 'Kediri',
  'Lumajang', 'Probolinggo', 'Tulungagung', 'Jember',
] as const;

/** NIK regions: most people got their NIK in Kota Malang, some elsewhere (a NIK is never rejected on region). */
export const NIK_REGIONS = [
  ['357305', 40], ['357301', 8], ['357302', 6], ['357303', 6], ['357304', 6],
  ['350701', 3], ['350721', 3], ['357801', 2], ['357101', 1], ['351401', 1],
] as const;

/** NIK_REGIONS for a kelurahan of kecamatan `home`: `home` takes Lowokwaru's place as the usual region (the two swap weights). */
export function nikRegionsAround(home: string): readonly (readonly [string, number])[] {
  const lowokwaru = '357305';
  return NIK_REGIONS.map(([code, weight]) => [code === lowokwaru ? home : code === home ? lowokwaru : code, weight] as const);
}
