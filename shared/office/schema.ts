import { z } from 'zod';
import { DEFAULT_PAPER_SIZE, PaperSizeSchema } from '../print/paper';

/** What a data folder serves: one kelurahan's Musyawarah, or the social office (Dinsos) of a kota/kabupaten. */
export const ROLES = ['KELURAHAN', 'DINSOS'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES, { error: 'Peran folder harus KELURAHAN atau DINSOS' });

const nip = (label: string) => z.string().trim().regex(/^(\d{18})?$/, `NIP ${label} harus 18 digit (kosongkan bila tidak ada)`);
const name = (label: string) =>
  z.string({ error: `Nama ${label} wajib diisi` }).trim().min(3, `Nama ${label} wajib diisi`).max(100, `Nama ${label} terlalu panjang`);

export const DinsosOfficeInputSchema = z.object({
  regionCode: z.string({ error: 'Pilih kota/kabupaten' }).regex(/^\d{4}$/, 'Kode kota/kabupaten harus 4 digit, misalnya 3573'),
  officeName: z.string().trim().min(5, 'Nama dinas wajib diisi').max(150, 'Nama dinas terlalu panjang'),
  headName: name('kepala dinas'),
  headNip: nip('kepala dinas'),
  secretaryName: name('sekretaris'),
  secretaryNip: nip('sekretaris'),
  officeAddress: z.string().trim().min(5, 'Alamat kantor wajib diisi').max(200, 'Alamat kantor terlalu panjang'),
  paperSize: PaperSizeSchema.default(DEFAULT_PAPER_SIZE),
});
export type DinsosOfficeInput = z.infer<typeof DinsosOfficeInputSchema>;

export const RegencySchema = z.object({ code: z.string(), name: z.string(), provinceName: z.string() });
export type Regency = z.infer<typeof RegencySchema>;

export const DinsosOfficeSchema = DinsosOfficeInputSchema.safeExtend({ regency: RegencySchema });
export type DinsosOffice = z.infer<typeof DinsosOfficeSchema>;

/** The folder's role, null until it is set up; `dinsos` holds the office of a Dinsos folder. */
export const FolderRoleSchema = z.object({ role: RoleSchema.nullable(), dinsos: DinsosOfficeSchema.nullable() });
export type FolderRole = z.infer<typeof FolderRoleSchema>;
