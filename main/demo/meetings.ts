import type { AttendeeInput, MeetingInput, ProposalInput } from '../../shared/meeting/schema';
import type { Decision, ProposalKind } from '../../shared/meeting/options';
import type { SettingsInput } from '../../shared/settings/schema';
import { FEMALE_NAMES, MALE_NAMES, SECOND_NAMES } from './names';
import { Random } from './random';

export interface DemoHouseholdFacts {
  id: number;
  desil: number | null;
  programs: string[];
  memberIds: number[];
}

export interface DemoProposal {
  proposal: ProposalInput;
  decision: Decision | null;
  groundcheck: boolean;
  note: string;
}

/** 3573051004 -> 35.73.05.1004, as letter numbers write a kelurahan. */
const dottedCode = (code: string) => `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;

export function demoMeeting(settings: SettingsInput, date: string, number: number, place: string): MeetingInput {
  return {
    date,
    startTime: '09:00',
    endTime: '12:00',
    place,
    letterNumber: `400.9/${String(number).padStart(3, '0')}/${dottedCode(settings.kelurahanCode)}/${date.slice(0, 4)}`,
    agenda: 'Pembahasan usulan pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN) dan usulan penerima bantuan sosial Kelurahan.',
    chairName: settings.lurahName,
    chairNip: settings.lurahNip,
    secretaryName: settings.secretaryName,
    secretaryNip: settings.secretaryNip,
  };
}

export function demoAttendees(random: Random, settings: SettingsInput): AttendeeInput[] {
  const person = () => `${random.pick(random.chance(0.6) ? MALE_NAMES : FEMALE_NAMES)} ${random.pick(SECOND_NAMES)}`;
  const list: AttendeeInput[] = [
    { name: settings.lurahName, unsur: 'LURAH', rt: null, rw: null, phone: null, present: true },
    { name: settings.secretaryName, unsur: 'PERANGKAT', rt: null, rw: null, phone: null, present: true },
    { name: `${person()}, S.AP.`, unsur: 'PERANGKAT', rt: null, rw: null, phone: null, present: true },
    { name: person(), unsur: 'LPMK', rt: null, rw: null, phone: '081234567801', present: true },
    { name: person(), unsur: 'PKK', rt: null, rw: null, phone: null, present: true },
    { name: person(), unsur: 'TKSK', rt: null, rw: null, phone: '081334455667', present: true },
    { name: person(), unsur: 'PENDAMPING_PKH', rt: null, rw: null, phone: '085233445566', present: true },
    { name: `H. ${person()}`, unsur: 'TOKOH_MASYARAKAT', rt: null, rw: null, phone: null, present: random.chance(0.8) },
  ];
  for (let rw = 1; rw <= 3; rw++) list.push({ name: person(), unsur: 'RW', rt: null, rw, phone: null, present: true });
  for (let i = 0; i < 6; i++) list.push({ name: person(), unsur: 'RT', rt: i + 1, rw: (i % 3) + 1, phone: null, present: random.chance(0.85) });
  return list;
}

const REASONS: Record<ProposalKind, readonly string[]> = {
  BARU: ['Keluarga belum terdata di DTSEN; kepala keluarga buruh harian dengan penghasilan tidak tetap.', 'Pindahan dari luar kota, belum terdaftar; tinggal menumpang di rumah kerabat.'],
  PERBAIKAN_DATA: ['Alamat dan susunan anggota keluarga berubah setelah pemecahan KK.', 'Nama kepala keluarga salah ketik, tidak sesuai KTP.'],
  PENINJAUAN_DESIL: ['Desil dinilai terlalu tinggi: rumah semi permanen, kepala keluarga sakit menahun.', 'Kondisi ekonomi menurun setelah kepala keluarga terkena PHK.'],
  USULAN_PROGRAM: ['Keluarga memiliki anak sekolah dan lansia, belum menerima bantuan.', 'Ibu hamil dalam keluarga dengan penghasilan di bawah Rp1.000.000/bulan.'],
  PENONAKTIFAN: ['Kepala keluarga meninggal dunia, anggota lain ikut keluarga anak.', 'Keluarga sudah mampu: usaha berkembang dan memiliki kendaraan roda empat.'],
  DAFTAR_ULANG: ['Sebelumnya dicoret setelah verifikasi, kini kondisi ekonomi kembali menurun.'],
  SANGGAHAN: ['Warga menyanggah: penerima bantuan memiliki rumah dan kendaraan baru.', 'Penerima dinilai tidak layak oleh ketua RT setempat.'],
};

const REJECT_NOTES = ['Hasil klarifikasi RT: keluarga mampu', 'Data tidak didukung dokumen yang sah', 'Usulan ganda dengan usulan sebelumnya'];
const DEFER_NOTES = ['Menunggu fotokopi KK terbaru', 'Perlu kunjungan rumah oleh TKSK', 'Menunggu surat keterangan RT/RW'];

/** A spread of proposals across the kinds, with decisions, taken from households that fit each kind. */
export function demoProposals(random: Random, households: readonly DemoHouseholdFacts[], count: number, decided: number): DemoProposal[] {
  const pool = [...households];
  const take = (fits: (h: DemoHouseholdFacts) => boolean): DemoHouseholdFacts => {
    const index = pool.findIndex(fits);
    const [found] = pool.splice(index >= 0 ? index : 0, 1);
    if (!found) throw new Error('demo: ran out of households');
    return found;
  };
  const kinds: readonly (readonly [ProposalKind, number])[] = [
    ['USULAN_PROGRAM', 8], ['PENINJAUAN_DESIL', 5], ['BARU', 4], ['PERBAIKAN_DATA', 3], ['PENONAKTIFAN', 3], ['SANGGAHAN', 3], ['DAFTAR_ULANG', 1],
  ];
  const result: DemoProposal[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(kinds);
    const h = take((c) => {
      if (kind === 'BARU') return c.desil === null;
      if (kind === 'USULAN_PROGRAM' || kind === 'DAFTAR_ULANG') return c.desil !== null && c.desil <= 6 && c.programs.length === 0;
      if (kind === 'SANGGAHAN' || kind === 'PENONAKTIFAN') return c.programs.length > 0 && (c.desil ?? 0) >= 4;
      return random.chance(0.3);
    });
    const programs: ProposalInput['programs'] =
      kind === 'USULAN_PROGRAM' || kind === 'BARU' || kind === 'DAFTAR_ULANG' ? (random.chance(0.5) ? ['PKH', 'PBI_JK'] : ['SEMBAKO']) : [];
    const decision: Decision | null = i < decided ? random.weighted([['DISETUJUI', 6], ['DITOLAK', 2], ['DITUNDA', 2]] as const) : null;
    result.push({
      proposal: {
        householdId: h.id,
        memberId: kind === 'PERBAIKAN_DATA' ? (h.memberIds[0] ?? null) : null,
        kind,
        programs,
        deactivationReason: kind === 'PENONAKTIFAN' ? random.pick(['MENINGGAL', 'PINDAH', 'GRADUASI'] as const) : null,
        reason: random.pick(REASONS[kind]),
        source: random.weighted([['RT_RW', 6], ['DATANG_LANGSUNG', 2], ['CEK_BANSOS', 2], ['GROUNDCHECK', 1]] as const),
      },
      decision,
      groundcheck: decision !== null && (kind === 'SANGGAHAN' || kind === 'PENINJAUAN_DESIL' || random.chance(0.1)),
      note: decision === 'DITOLAK' ? random.pick(REJECT_NOTES) : decision === 'DITUNDA' ? random.pick(DEFER_NOTES) : '',
    });
  }
  return result;
}
