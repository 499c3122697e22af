import { nikFor } from '../test/fixtures/households';
import type { PlannedMeeting } from './screenshots-dinsos-packages';

/** The same man, proposed by Dinoyo and by Sumbersari in two different families: a cross-kelurahan finding. */
const TWIN = { nik: nikFor('L', '1975-03-02'), birthDate: '1975-03-02' };

/**
 * Meetings of five kelurahan of Kec. Lowokwaru, as Dinsos receives them on Saturday 28 November 2026: the
 * objections (sanggahan) of 10, 16, 20 and 27 November show a lapsed, a near and two open deadlines.
 */
export const PLANS: readonly PlannedMeeting[] = [
  {
    kelurahanCode: '3573051004', kelurahanName: 'Dinoyo', date: '2026-11-10', number: 131,
    proposals: [
      { name: 'Sutrisno Hadi', ...TWIN, kind: 'USULAN_PROGRAM', programs: ['PKH'], reason: 'Dua anak bersekolah, belum menerima bantuan.', source: 'RT_RW', decision: 'DISETUJUI', rt: 3, rw: 5, photo: true },
      { name: 'Bambang Sugiarto', kind: 'SANGGAHAN', programs: ['PKH'], reason: 'Warga melaporkan keluarga ini memiliki mobil dan toko bangunan.', source: 'CEK_BANSOS', decision: 'DISETUJUI', groundcheck: true, rt: 2, rw: 4 },
      { name: 'Wahyuni Lestari', sex: 'P', birthDate: '1986-07-21', kind: 'BARU', programs: ['SEMBAKO'], reason: 'Pindahan dari Kab. Malang, belum terdata di DTSEN.', source: 'DATANG_LANGSUNG', decision: 'DISETUJUI', rt: 1, rw: 6 },
      { name: 'Sri Rahayu', sex: 'P', birthDate: '1959-02-11', kind: 'PENINJAUAN_DESIL', programs: [], reason: 'Janda lansia tinggal sendiri, tercatat desil 6.', source: 'RT_RW', decision: 'DITUNDA', note: 'Menunggu KK terbaru', rt: 4, rw: 5 },
      { name: 'Joko Prasetyo', kind: 'USULAN_PROGRAM', programs: ['PBI_JK'], reason: 'Buruh harian tanpa jaminan kesehatan.', source: 'RT_RW', decision: 'DITOLAK', note: 'Keluarga dinilai mampu oleh RT', rt: 6, rw: 2 },
    ],
  },
  {
    kelurahanCode: '3573051005', kelurahanName: 'Sumbersari', date: '2026-11-16', number: 88,
    proposals: [
      { name: 'Sutrisno Hadi', ...TWIN, kind: 'USULAN_PROGRAM', programs: ['SEMBAKO'], reason: 'Pekerja serabutan, menumpang di rumah mertua.', source: 'RT_RW', decision: 'DISETUJUI', rt: 7, rw: 3, photo: true },
      { name: 'Suwarni', sex: 'P', birthDate: '1970-10-05', kind: 'SANGGAHAN', programs: ['SEMBAKO'], reason: 'Penerima dilaporkan sudah pindah ke Surabaya.', source: 'CEK_BANSOS', decision: 'DISETUJUI', groundcheck: true, rt: 2, rw: 1 },
      { name: 'Ahmad Fauzan', kind: 'BARU', programs: ['PKH'], reason: 'Ibu hamil dan balita, belum terdata.', source: 'RT_RW', decision: 'DISETUJUI', rt: 5, rw: 2, photo: true },
      { name: 'Endang Susilowati', sex: 'P', birthDate: '1948-12-01', kind: 'PENONAKTIFAN', programs: [], deactivationReason: 'MENINGGAL', reason: 'Meninggal dunia 2 Oktober 2026.', source: 'RT_RW', decision: 'DISETUJUI', rt: 3, rw: 4 },
    ],
  },
  {
    kelurahanCode: '3573051002', kelurahanName: 'Merjosari', date: '2026-11-27', number: 204,
    proposals: [
      { name: 'Nur Hidayah', sex: 'P', birthDate: '1982-05-30', kind: 'SANGGAHAN', programs: ['PKH'], reason: 'Suami bekerja tetap di pabrik, penghasilan di atas UMK.', source: 'CEK_BANSOS', decision: 'DISETUJUI', groundcheck: true, rt: 4, rw: 8 },
      { name: 'Slamet Riyadi', kind: 'USULAN_PROGRAM', programs: ['PKH', 'SEMBAKO'], reason: 'Penyandang disabilitas berat dalam keluarga.', source: 'RT_RW', decision: 'DISETUJUI', rt: 1, rw: 3 },
      { name: 'Dewi Anggraini', sex: 'P', birthDate: '1990-01-17', kind: 'DAFTAR_ULANG', programs: ['SEMBAKO'], reason: 'Dicoret tahun lalu, kondisi ekonomi kembali sulit.', source: 'DATANG_LANGSUNG', decision: 'DISETUJUI', rt: 9, rw: 2 },
    ],
  },
  {
    kelurahanCode: '3573051006', kelurahanName: 'Ketawanggede', date: '2026-11-20', number: 57,
    proposals: [
      { name: 'Hartono', kind: 'SANGGAHAN', programs: ['PBI_JK'], reason: 'Penerima dilaporkan pegawai BUMN.', source: 'CEK_BANSOS', decision: 'DISETUJUI', groundcheck: true, rt: 2, rw: 2 },
      { name: 'Kusnadi', kind: 'PERBAIKAN_DATA', programs: [], reason: 'Nama ibu kandung salah tulis.', source: 'RT_RW', decision: 'DISETUJUI', rt: 3, rw: 1 },
    ],
  },
];

/** A kelurahan whose key Dinsos has not trusted yet: its package is refused until it is. */
export const UNTRUSTED: PlannedMeeting = {
  kelurahanCode: '3573051003', kelurahanName: 'Tlogomas', date: '2026-11-25', number: 112,
  proposals: [
    { name: 'Mulyono', kind: 'USULAN_PROGRAM', programs: ['SEMBAKO'], reason: 'Lansia tanpa penghasilan tetap.', source: 'RT_RW', decision: 'DISETUJUI', rt: 2, rw: 6 },
  ],
};
