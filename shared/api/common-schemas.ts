import { z } from 'zod';

/** Pieces every domain's contract uses. */
export const id = z.number().int().positive();
export const Id = z.object({ id });
export const MeetingId = z.object({ meetingId: id });
export const Nothing = z.object({}).strict();
/** A file or folder on the computer the services run on (the same PC: the HTTP door listens on 127.0.0.1 only). */
export const FolderPathSchema = z
  .string()
  .trim()
  .min(1, 'Jalur folder atau berkas wajib diisi')
  .max(1000, 'Jalur terlalu panjang')
  .refine((p) => !p.includes('\0'), 'Jalur memuat karakter yang tidak sah')
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'Tulis jalur lengkap, mis. /media/flashdisk atau E:\\');
