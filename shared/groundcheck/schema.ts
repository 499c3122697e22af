import { z } from 'zod';
import { isRealIsoDate } from '../format/date-input';
import { options } from '../household/options';
import { CityProposalSchema } from '../inbox/city-proposals';

/** What the officer found, after Kemensos' field verification form. */
export const GROUNDCHECK_RESULTS = options({
  LAYAK: 'Layak',
  TIDAK_LAYAK: 'Tidak layak',
  TIDAK_DITEMUKAN: 'Tidak ditemukan',
  PINDAH: 'Pindah',
  MENINGGAL: 'Meninggal dunia',
  DATA_GANDA: 'Data ganda',
});
export type GroundcheckResultCode = (typeof GROUNDCHECK_RESULTS.codes)[number];

/** Results where the family was found at home, the only ones a recommended desil belongs to. */
export const FAMILY_FOUND: readonly GroundcheckResultCode[] = ['LAYAK', 'TIDAK_LAYAK'];

/** The photo limit, as for the kelurahan's evidence. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PROPOSALS_PER_CALL = 500;

const id = z.number().int().positive();
const KelurahanCode = z.string().regex(/^\d{10}$/, 'Kode kelurahan harus 10 digit');

const isoDate = (label: string) =>
  z.string({ error: `${label} wajib diisi` }).trim().refine(isRealIsoDate, `${label} harus tanggal yang sah, ditulis TTTT-BB-HH (misalnya 2026-12-03)`);

const Officer = z
  .string({ error: 'Nama petugas groundcheck wajib diisi' })
  .trim()
  .min(3, 'Nama petugas groundcheck wajib diisi (paling sedikit 3 huruf)')
  .max(100, 'Nama petugas groundcheck terlalu panjang (paling banyak 100 huruf)');

const ProposalIds = z
  .array(id, { error: 'Id usulan harus berupa daftar angka' })
  .max(MAX_PROPOSALS_PER_CALL, `Paling banyak ${MAX_PROPOSALS_PER_CALL} usulan sekaligus`);

/** Officer and day for some proposals of the city register: the ones named, or every flagged one not yet assigned. */
export const GroundcheckAssignInputSchema = z
  .object({
    officer: Officer,
    plannedDate: isoDate('Tanggal groundcheck'),
    proposalIds: ProposalIds.default([]),
    /** Every proposal the kelurahan flagged "perlu groundcheck" that has neither an officer nor a result yet. */
    allFlagged: z.boolean().default(false),
  })
  .superRefine((input, check) => {
    if (input.allFlagged === (input.proposalIds.length > 0)) {
      check.addIssue({
        code: 'custom', path: ['proposalIds'],
        message: input.allFlagged
          ? 'Pilih salah satu: usulan tertentu (id usulan) atau semua usulan yang perlu groundcheck, bukan keduanya'
          : 'Pilih usulan yang ditugaskan (id usulan) atau semua usulan yang perlu groundcheck',
      });
    }
  });
export type GroundcheckAssignInput = z.input<typeof GroundcheckAssignInputSchema>;

export const GroundcheckAssignResultSchema = z.object({
  assigned: z.number().int(),
  reassigned: z.number().int(),
  /** Already with this officer on this day: nothing recorded. */
  unchanged: z.number().int(),
  proposalIds: z.array(z.number().int()),
});
export type GroundcheckAssignResult = z.infer<typeof GroundcheckAssignResultSchema>;

export const GroundcheckListInputSchema = z.object({
  officer: z.string().trim().min(1).max(100, 'Nama petugas terlalu panjang').optional(),
  plannedDate: isoDate('Tanggal groundcheck').optional(),
  /** true: only checked proposals; false: only those still waiting for their result. */
  hasResult: z.boolean().optional(),
  kelurahanCode: KelurahanCode.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PROPOSALS_PER_CALL).default(100),
});
export type GroundcheckListInput = z.input<typeof GroundcheckListInputSchema>;

export const GroundcheckRecordInputSchema = z
  .object({
    proposalId: id,
    result: z.enum(GROUNDCHECK_RESULTS.codes, { error: `Hasil groundcheck harus salah satu dari: ${GROUNDCHECK_RESULTS.codes.join(', ')}` }),
    recommendedDesil: z
      .number({ error: 'Desil yang disarankan harus angka 1 sampai 10' })
      .int('Desil yang disarankan harus angka 1 sampai 10')
      .min(1, 'Desil yang disarankan harus angka 1 sampai 10')
      .max(10, 'Desil yang disarankan harus angka 1 sampai 10')
      .nullable()
      .default(null),
    notes: z.string().trim().max(2000, 'Catatan groundcheck terlalu panjang (paling banyak 2.000 huruf)').default(''),
    /** The day of the visit; today when left out. */
    checkedAt: isoDate('Tanggal pemeriksaan').optional(),
    /** Who checked; the assigned officer when left out. */
    officer: Officer.optional(),
  })
  .superRefine((input, check) => {
    if (input.recommendedDesil !== null && !FAMILY_FOUND.includes(input.result)) {
      check.addIssue({
        code: 'custom', path: ['recommendedDesil'],
        message: `Desil yang disarankan hanya diisi bila keluarga ditemukan (hasil LAYAK atau TIDAK_LAYAK), bukan ${GROUNDCHECK_RESULTS.labels[input.result].toLowerCase()}`,
      });
    }
  });
export type GroundcheckRecordInput = z.input<typeof GroundcheckRecordInputSchema>;

export const GroundcheckPhotoUploadSchema = z.object({
  proposalId: id,
  fileName: z.string({ error: 'Nama berkas foto wajib diisi' }).trim().min(1, 'Nama berkas foto wajib diisi').max(200, 'Nama berkas foto terlalu panjang'),
  /** A short title, e.g. "Tampak depan". */
  caption: z.string().trim().max(200, 'Keterangan foto terlalu panjang (paling banyak 200 huruf)').default(''),
  /** File content, base64; the size limit is checked on the decoded bytes. */
  contentBase64: z.string({ error: 'Isi foto wajib ada' }).max(8_000_000, 'Foto terlalu besar (paling besar 5 MB)'),
});
export type GroundcheckPhotoUpload = z.input<typeof GroundcheckPhotoUploadSchema>;

export const MapLinksSchema = z.object({ openStreetMap: z.string(), googleMaps: z.string() });
export type MapLinks = z.infer<typeof MapLinksSchema>;

export const GroundcheckPhotoSchema = z.object({
  id: z.number().int(),
  proposalId: z.number().int(),
  fileName: z.string(),
  caption: z.string(),
  mime: z.enum(['image/jpeg', 'image/png']),
  size: z.number().int(),
  /** From the photo's EXIF GPS tags, in decimal degrees; null when the camera wrote none. */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** EXIF DateTimeOriginal as the camera's clock had it (no time zone): "2026-11-27T09:15:00". */
  takenAt: z.string().nullable(),
  mapLinks: MapLinksSchema.nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type GroundcheckPhoto = z.infer<typeof GroundcheckPhotoSchema>;

export const GroundcheckAssignmentSchema = z.object({
  officer: z.string(),
  plannedDate: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
});
export type GroundcheckAssignment = z.infer<typeof GroundcheckAssignmentSchema>;

export const GroundcheckResultSchema = z.object({
  result: z.enum(GROUNDCHECK_RESULTS.codes),
  recommendedDesil: z.number().int().nullable(),
  notes: z.string(),
  checkedAt: z.string(),
  officer: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type GroundcheckResult = z.infer<typeof GroundcheckResultSchema>;

/** One proposal on the groundcheck list: the register's row, who goes when, what was found, the photos. */
export const GroundcheckItemSchema = z.object({
  proposal: CityProposalSchema,
  dinsosNote: z.string(),
  assignment: GroundcheckAssignmentSchema.nullable(),
  result: GroundcheckResultSchema.nullable(),
  photos: z.array(GroundcheckPhotoSchema),
});
export type GroundcheckItem = z.infer<typeof GroundcheckItemSchema>;

export const GroundcheckPageSchema = z.object({
  total: z.number().int(),
  rows: z.array(GroundcheckItemSchema),
  /** Flagged "perlu groundcheck" by their kelurahan, in force, with neither an officer nor a result. */
  unassigned: z.number().int(),
  /** Every officer with an assignment, for the filter. */
  officers: z.array(z.string()),
});
export type GroundcheckPage = z.infer<typeof GroundcheckPageSchema>;

/** The forms to print, one page per proposal, in this order (a day's round). */
export const GroundcheckFormInputSchema = z.object({
  ids: ProposalIds.min(1, 'Pilih paling sedikit satu usulan untuk dicetak'),
});
export type GroundcheckFormInput = z.input<typeof GroundcheckFormInputSchema>;
