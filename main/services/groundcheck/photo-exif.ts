import exifr from 'exifr';
import { isRealIsoDate } from '../../../shared/format/date-input';

export interface PhotoExif {
  latitude: number | null;
  longitude: number | null;
  /** DateTimeOriginal as the camera's clock had it, without a time zone: "2026-11-27T09:15:30". */
  takenAt: string | null;
}

const NONE: PhotoExif = { latitude: null, longitude: null, takenAt: null };
const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function takenAtOf(value: unknown): string | null {
  const match = typeof value === 'string' ? EXIF_DATE_TIME.exec(value) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const date = `${y ?? ''}-${mo ?? ''}-${d ?? ''}`;
  // Cameras without a set clock write "0000:00:00 00:00:00".
  if (!isRealIsoDate(date) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${date}T${h ?? ''}:${mi ?? ''}:${s ?? ''}`;
}

/**
 * Where and when a photo was taken, from its EXIF GPS position and DateTimeOriginal. A photo without EXIF, or
 * with EXIF that cannot be read, is still a photo: its position and time are then unknown (null).
 */
export async function readPhotoExif(bytes: Buffer): Promise<PhotoExif> {
  let tags: unknown;
  try {
    tags = await exifr.parse(bytes, { pick: ['DateTimeOriginal', 'GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef'], reviveValues: false });
  } catch {
    return NONE;
  }
  if (!isRecord(tags)) return NONE;
  const latitude = finite(tags.latitude);
  const longitude = finite(tags.longitude);
  // A receiver without a fix writes 0/0 (the Gulf of Guinea): no position, not a real one.
  const located = latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && (latitude !== 0 || longitude !== 0);
  return {
    latitude: located ? latitude : null,
    longitude: located ? longitude : null,
    takenAt: takenAtOf(tags.DateTimeOriginal),
  };
}
