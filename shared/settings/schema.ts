import { z } from 'zod';
import { DEFAULT_PAPER_SIZE, PaperSizeSchema } from '../print/paper';

const nip = (label: string) =>
  z.string().trim().regex(/^(\d{18})?$/, `NIP ${label} harus 18 digit (kosongkan bila tidak ada)`);
const name = (label: string) =>
  z.string({ error: `Nama ${label} wajib diisi` }).trim().min(3, `Nama ${label} wajib diisi`).max(100, `Nama ${label} terlalu panjang`);

export const SettingsInputSchema = z.object({
  kelurahanCode: z.string({ error: 'Pilih kelurahan' }).regex(/^\d{10}$/, 'Pilih kelurahan dari daftar'),
  lurahName: name('Lurah'),
  lurahNip: nip('Lurah'),
  secretaryName: name('sekretaris'),
  secretaryNip: nip('sekretaris'),
  officeAddress: z.string().trim().min(5, 'Alamat kantor wajib diisi').max(200, 'Alamat kantor terlalu panjang'),
  /** Copies posted in public show NIKs and No. KK masked (357305******0001). */
  nikDisplay: z.enum(['FULL', 'MASKED']).default('FULL'),
  /** The sheet every printed document is laid out for. */
  paperSize: PaperSizeSchema.default(DEFAULT_PAPER_SIZE),
});
export type SettingsInput = z.infer<typeof SettingsInputSchema>;

export const VillageSchema = z.object({
  code: z.string(),
  name: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  regencyCode: z.string(),
  regencyName: z.string(),
  provinceName: z.string(),
});
export type Village = z.infer<typeof VillageSchema>;

export const SettingsSchema = SettingsInputSchema.safeExtend({ village: VillageSchema, hasLogo: z.boolean() });

export const LogoSchema = z.object({ mime: z.enum(['image/png', 'image/jpeg']), contentBase64: z.string() });
export type Logo = z.infer<typeof LogoSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
