import { z } from 'zod';
import { PROGRAMS } from '../household/options';
import { DEACTIVATION_REASONS, DECISIONS, EVIDENCE_KINDS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS, PROPOSAL_SOURCES } from '../meeting/options';

export const PACKAGE_SCHEMA_VERSION = 1;

/** data/usulan.json: the machine-readable proposals of one finished meeting. */
export const PackagePayloadSchema = z.object({
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  generator: z.string(),
  kelurahan: z.object({ code: z.string().regex(/^\d{10}$/), name: z.string(), kecamatan: z.string(), kota: z.string(), provinsi: z.string() }),
  meeting: z.object({
    id: z.number().int(),
    code: z.string(),
    letterNumber: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    startTime: z.string(),
    endTime: z.string().nullable(),
    place: z.string(),
    chairName: z.string(),
    chairNip: z.string(),
    documentCode: z.string(),
    attendeesPresent: z.number().int(),
    attendeesInvited: z.number().int(),
  }),
  signerKeyId: z.string().regex(/^[0-9A-F]{16}$/),
  proposals: z.array(
    z.object({
      no: z.number().int().positive(),
      nik: z.string().regex(/^\d{16}$/),
      noKk: z.string().regex(/^\d{16}$/),
      name: z.string(),
      address: z.string(),
      rt: z.number().int(),
      rw: z.number().int(),
      desil: z.number().int().min(1).max(10).nullable(),
      currentPrograms: z.array(z.enum(PROGRAMS.codes)),
      kind: z.enum(PROPOSAL_KINDS.codes),
      programs: z.array(z.enum(PROPOSAL_PROGRAMS.codes)),
      deactivationReason: z.enum(DEACTIVATION_REASONS.codes).nullable(),
      reason: z.string(),
      source: z.enum(PROPOSAL_SOURCES.codes),
      decision: z.enum(DECISIONS.codes),
      groundcheck: z.boolean(),
      note: z.string(),
      evidence: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS.codes), file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
    }),
  ),
});
export type PackagePayload = z.infer<typeof PackagePayloadSchema>;
export type PackageProposal = PackagePayload['proposals'][number];

/** Columns of the BNBA table (CSV and XLSX), named for SIKS-NG entry. */
export const BNBA_COLUMNS = [
  'NO', 'NIK', 'NO_KK', 'NAMA', 'ALAMAT', 'RT', 'RW', 'KODE_KELURAHAN', 'KELURAHAN', 'KECAMATAN', 'DESIL',
  'JENIS_USULAN', 'PROGRAM_DIUSULKAN', 'KEPUTUSAN', 'PERLU_GROUNDCHECK', 'KETERANGAN',
] as const;

export function bnbaRow(p: PackageProposal, k: PackagePayload['kelurahan']): Record<(typeof BNBA_COLUMNS)[number], string> {
  return {
    NO: String(p.no),
    NIK: p.nik,
    NO_KK: p.noKk,
    NAMA: p.name,
    ALAMAT: p.address,
    RT: String(p.rt).padStart(3, '0'),
    RW: String(p.rw).padStart(3, '0'),
    KODE_KELURAHAN: k.code,
    KELURAHAN: k.name,
    KECAMATAN: k.kecamatan,
    DESIL: p.desil === null ? '' : String(p.desil),
    JENIS_USULAN: p.kind,
    PROGRAM_DIUSULKAN: p.programs.join('|'),
    KEPUTUSAN: p.decision,
    PERLU_GROUNDCHECK: p.groundcheck ? 'YA' : 'TIDAK',
    KETERANGAN: p.note,
  };
}

/** usulan-<kode kelurahan>-<YYYYMMDD>-<nn> */
export function bagName(kelurahanCode: string, isoDate: string, sequence: number): string {
  return `usulan-${kelurahanCode}-${isoDate.replaceAll('-', '')}-${String(sequence).padStart(2, '0')}`;
}

export const BAG_NAME = /^usulan-\d{10}-\d{8}-\d{2}$/;
