import { z } from 'zod';
import { isRealIsoDate } from '../format/date-input';
import { checkKk } from '../identity/kk';
import { nikAgreement, parseNik } from '../identity/nik';
import {
  ASSETS, COOKING_FUELS, DISABILITIES, EDUCATIONS, FLOORS, INCOME_BANDS, LIGHTINGS,
  MARITAL_STATUSES, OCCUPATIONS, PROGRAMS, RELATIONSHIPS, ROOFS, SEXES, TENURES, TOILETS,
  WALLS, WATER_SOURCES,
} from './options';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (label: string, max = 120) =>
  z.string({ error: `${label} wajib diisi` }).trim().min(1, `${label} wajib diisi`).max(max, `${label} paling panjang ${max} karakter`);
const choice = <T extends readonly [string, ...string[]]>(codes: T, label: string) =>
  z.enum(codes, { error: `Pilih ${label}` });
const optionalChoice = <T extends readonly [string, ...string[]]>(codes: T, label: string) =>
  choice(codes, label).nullable();
/**
 * A field the form requires but a DTSEN import may have left empty (null): the form opens with it blank and
 * asks for it, with the same message as an empty field.
 */
const toComplete = <T>(schema: z.ZodType<T>, message: string) =>
  schema.nullable().transform((value, ctx): T => {
    if (value !== null) return value;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
const rtRw = (label: string) =>
  z.number({ error: `${label} wajib diisi dengan angka` }).int(`${label} harus bilangan bulat`)
    .min(1, `${label} paling kecil 1`).max(999, `${label} paling besar 999`);

const MEMBER_FIELDS = {
  nik: z.string({ error: 'NIK wajib diisi' }).superRefine((nik, ctx) => {
    const parsed = parseNik(nik);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  }),
  name: text('Nama', 100),
  sex: choice(SEXES.codes, 'jenis kelamin'),
  birthPlace: toComplete(text('Tempat lahir', 60), 'Tempat lahir wajib diisi'),
  birthDate: toComplete(
    z.string({ error: 'Tanggal lahir wajib diisi' })
      .min(1, 'Tanggal lahir wajib diisi')
      .refine(isRealIsoDate, 'Tulis tanggal lahir sebagai HH-BB-TTTT, misalnya 17-05-1980'),
    'Tanggal lahir wajib diisi',
  ),
  relationship: choice(RELATIONSHIPS.codes, 'hubungan dengan kepala keluarga'),
  maritalStatus: toComplete(choice(MARITAL_STATUSES.codes, 'status perkawinan'), 'Pilih status perkawinan'),
  education: toComplete(choice(EDUCATIONS.codes, 'pendidikan'), 'Pilih pendidikan'),
  occupation: toComplete(choice(OCCUPATIONS.codes, 'pekerjaan'), 'Pilih pekerjaan'),
  disability: toComplete(choice(DISABILITIES.codes, 'jenis disabilitas'), 'Pilih jenis disabilitas'),
  disabilitySevere: z.boolean(),
  pregnant: z.boolean(),
  /** Kept from a DTSEN extract (Kemensos lists it among the minimum data); optional on the form. */
  motherName: z.string().trim().max(100, 'Nama ibu kandung paling panjang 100 karakter').nullable().default(null).transform((v) => v || null),
  /** The person's ID in DTSEN/DTKS, as the extract gives it; never typed. */
  idDtsen: z.string().max(40).nullable().default(null),
};

export const MemberInputSchema = z
  .object(MEMBER_FIELDS)
  .superRefine((m, ctx) => {
    const parsed = parseNik(m.nik);
    if (parsed.ok && ISO_DATE.test(m.birthDate)) {
      const mismatch = nikAgreement(parsed.info, m.sex, m.birthDate);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['nik'], message: mismatch });
    }
    if (ISO_DATE.test(m.birthDate) && m.birthDate > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Tanggal lahir tidak boleh di masa depan' });
    }
    if (m.pregnant && m.sex !== 'P') {
      ctx.addIssue({ code: 'custom', path: ['pregnant'], message: 'Hanya anggota perempuan yang dapat ditandai hamil/nifas' });
    }
    if (m.disabilitySevere && m.disability === 'TIDAK_ADA') {
      ctx.addIssue({ code: 'custom', path: ['disabilitySevere'], message: 'Pilih jenis disabilitas terlebih dahulu' });
    }
  });

export const HousingSchema = z.object({
  floor: optionalChoice(FLOORS.codes, 'jenis lantai'),
  wall: optionalChoice(WALLS.codes, 'jenis dinding'),
  roof: optionalChoice(ROOFS.codes, 'jenis atap'),
  waterSource: optionalChoice(WATER_SOURCES.codes, 'sumber air minum'),
  lighting: optionalChoice(LIGHTINGS.codes, 'sumber penerangan'),
  cookingFuel: optionalChoice(COOKING_FUELS.codes, 'bahan bakar memasak'),
  toilet: optionalChoice(TOILETS.codes, 'fasilitas BAB'),
  landTenure: optionalChoice(TENURES.codes, 'status lahan'),
  houseTenure: optionalChoice(TENURES.codes, 'status bangunan'),
  incomeBand: optionalChoice(INCOME_BANDS.codes, 'penghasilan'),
  assets: z.array(choice(ASSETS.codes, 'aset')).refine((a) => new Set(a).size === a.length, 'Aset tercantum dua kali'),
});

const HOUSEHOLD_FIELDS = {
    noKk: z.string({ error: 'No. KK wajib diisi' }).superRefine((kk, ctx) => {
      const problem = checkKk(kk);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    address: text('Alamat', 200),
    rt: rtRw('RT'),
    rw: rtRw('RW'),
    kelurahanCode: z.string().regex(/^\d{10}$/, 'Kode kelurahan harus 10 digit'),
    desil: z.number().int().min(1, 'Desil antara 1 dan 10').max(10, 'Desil antara 1 dan 10').nullable(),
    programs: z.array(choice(PROGRAMS.codes, 'program')).refine((p) => new Set(p).size === p.length, 'Program tercantum dua kali'),
    housing: HousingSchema,
};

export const HouseholdInputSchema = z
  .object({
    ...HOUSEHOLD_FIELDS,
    members: z.array(MemberInputSchema).min(1, 'Keluarga harus memiliki paling sedikit satu anggota').max(30, 'Paling banyak 30 anggota'),
  })
  .superRefine((h, ctx) => {
    const heads = h.members.filter((m) => m.relationship === 'KEPALA_KELUARGA').length;
    if (heads !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: heads === 0 ? 'Tandai satu anggota sebagai kepala keluarga' : 'Hanya boleh ada satu kepala keluarga',
      });
    }
    const seen = new Map<string, number>();
    h.members.forEach((m, i) => {
      const nik = m.nik.trim();
      const first = seen.get(nik);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'nik'], message: `NIK sama dengan anggota nomor ${first + 1}` });
      } else {
        seen.set(nik, i);
      }
    });
  });

export type MemberInput = z.infer<typeof MemberInputSchema>;
export type Housing = z.infer<typeof HousingSchema>;
export type HouseholdInput = z.infer<typeof HouseholdInputSchema>;

/**
 * A registered member. Families imported from a DTSEN extract arrive without what the extract does not carry;
 * those fields stay null (shown as incomplete) until someone completes the form.
 */
export const MemberSchema = z.object({
  ...MEMBER_FIELDS,
  id: z.number().int(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  maritalStatus: z.enum(MARITAL_STATUSES.codes).nullable(),
  education: z.enum(EDUCATIONS.codes).nullable(),
  occupation: z.enum(OCCUPATIONS.codes).nullable(),
  disability: z.enum(DISABILITIES.codes).nullable(),
  motherName: z.string().nullable(),
});
export const HouseholdSchema = z.object({
  ...HOUSEHOLD_FIELDS,
  /** '' for a family imported before the kelurahan was set up; filled in when it is. */
  kelurahanCode: z.string().regex(/^(\d{10})?$/),
  id: z.number().int(),
  members: z.array(MemberSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof MemberSchema>;
export type Household = z.infer<typeof HouseholdSchema>;

export const HouseholdRowSchema = z.object({
  id: z.number().int(),
  noKk: z.string(),
  headName: z.string(),
  headNik: z.string(),
  address: z.string(),
  rt: z.number().int(),
  rw: z.number().int(),
  desil: z.number().int().nullable(),
  programs: z.array(z.enum(PROGRAMS.codes)),
  memberCount: z.number().int(),
  matchedMember: z.string().nullable(),
});
export type HouseholdRow = z.infer<typeof HouseholdRowSchema>;

export const SearchInputSchema = z.object({
  query: z.string().max(100, 'Kata kunci paling panjang 100 karakter'),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(200),
});
export const SearchResultSchema = z.object({ total: z.number().int(), rows: z.array(HouseholdRowSchema) });
export type SearchInput = z.infer<typeof SearchInputSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;

export function emptyMember(): MemberInput {
  return {
    nik: '', name: '', sex: 'L', birthPlace: '', birthDate: '', relationship: 'ANAK', maritalStatus: 'BELUM_KAWIN',
    education: 'BELUM_SEKOLAH', occupation: 'TIDAK_BEKERJA', disability: 'TIDAK_ADA', disabilitySevere: false, pregnant: false,
    motherName: null, idDtsen: null,
  };
}
