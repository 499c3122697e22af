import { options } from '../household/options';

export const MEETING_STATUSES = options({ DRAFT: 'Draf', BERLANGSUNG: 'Sedang berlangsung', SELESAI: 'Selesai' });

export const UNSUR = options({
  LURAH: 'Lurah',
  PERANGKAT: 'Perangkat kelurahan',
  LPMK: 'LPMK',
  RT: 'Ketua RT',
  RW: 'Ketua RW',
  PKK: 'PKK',
  TKSK: 'TKSK',
  PENDAMPING_PKH: 'Pendamping PKH',
  TOKOH_MASYARAKAT: 'Tokoh masyarakat',
  LAINNYA: 'Lainnya',
});

export const PROPOSAL_KINDS = options({
  BARU: 'Baru (belum ada di DTSEN)',
  PERBAIKAN_DATA: 'Perbaikan data',
  PENINJAUAN_DESIL: 'Peninjauan desil',
  USULAN_PROGRAM: 'Usulan program bantuan',
  PENONAKTIFAN: 'Penonaktifan',
  DAFTAR_ULANG: 'Daftar ulang',
  SANGGAHAN: 'Sanggahan',
});

/** Short labels for tables and the projector. */
export const PROPOSAL_KIND_SHORT: Readonly<Record<(typeof PROPOSAL_KINDS.codes)[number], string>> = {
  BARU: 'Baru',
  PERBAIKAN_DATA: 'Perbaikan data',
  PENINJAUAN_DESIL: 'Peninjauan desil',
  USULAN_PROGRAM: 'Usulan program',
  PENONAKTIFAN: 'Penonaktifan',
  DAFTAR_ULANG: 'Daftar ulang',
  SANGGAHAN: 'Sanggahan',
};

export const DEACTIVATION_REASONS = options({ MENINGGAL: 'Meninggal dunia', PINDAH: 'Pindah domisili', GRADUASI: 'Graduasi (sudah mampu)' });

export const PROPOSAL_SOURCES = options({
  RT_RW: 'Melalui RT/RW',
  DATANG_LANGSUNG: 'Datang langsung',
  CEK_BANSOS: 'Aplikasi Cek Bansos',
  GROUNDCHECK: 'Hasil groundcheck',
  DTSEN: 'Data DTSEN',
});

export const DECISIONS = options({ DISETUJUI: 'Disetujui', DITOLAK: 'Ditolak', DITUNDA: 'Ditunda' });

export const EVIDENCE_KINDS = options({
  KTP: 'KTP',
  KK: 'Kartu Keluarga',
  FOTO_DEPAN: 'Foto rumah tampak depan',
  FOTO_DALAM: 'Foto rumah bagian dalam',
  SKTM: 'SKTM',
  LAINNYA: 'Lainnya',
});

/** Proposals may name programmes beyond the household's current ones: LAINNYA = other social-welfare programmes. */
export const PROPOSAL_PROGRAMS = options({ PKH: 'PKH', SEMBAKO: 'Sembako (BPNT)', PBI_JK: 'PBI-JK', LAINNYA: 'Program kesejahteraan sosial lainnya' });

export type ProposalKind = (typeof PROPOSAL_KINDS.codes)[number];
export type Decision = (typeof DECISIONS.codes)[number];
export type MeetingStatus = (typeof MEETING_STATUSES.codes)[number];
export type ProposalProgram = (typeof PROPOSAL_PROGRAMS.codes)[number];
export type ProposalSource = (typeof PROPOSAL_SOURCES.codes)[number];
export type DeactivationReason = (typeof DEACTIVATION_REASONS.codes)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS.codes)[number];
