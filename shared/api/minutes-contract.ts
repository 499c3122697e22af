import { z } from 'zod';
import { id } from './common-schemas';

const MinutesDocument = z.enum(['BERITA_ACARA', 'DAFTAR_HADIR']);

/** The berita acara and daftar hadir, as print-ready HTML and as PDF. */
export const minutesContract = {
  'minutes.html': { input: z.object({ meetingId: id, document: MinutesDocument }), output: z.object({ html: z.string() }) },
  'minutes.pdf': { input: z.object({ meetingId: id, document: MinutesDocument }), output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
} as const;
