import { describe, expect, it } from 'vitest';
import { readPhotoExif } from '../../../../../main/services/groundcheck/photo-exif';
import { SMALL_JPEG, jpegWithExif } from '../../../../fixtures/exif-jpeg';

describe('reading where and when a photo was taken', () => {
  it('reads the GPS position in decimal degrees, south and east, and DateTimeOriginal', async () => {
    const exif = await readPhotoExif(jpegWithExif({ latitude: -7.9700944, longitude: 112.6293333, dateTimeOriginal: '2026:11:27 09:15:30' }));
    expect(exif.latitude).toBeCloseTo(-7.9700944, 6);
    expect(exif.longitude).toBeCloseTo(112.6293333, 6);
    expect(exif.takenAt).toBe('2026-11-27T09:15:30');
  });

  it('reads north and west as well', async () => {
    const exif = await readPhotoExif(jpegWithExif({ latitude: 51.5007, longitude: -0.1246, dateTimeOriginal: '2025:01:02 23:59:59' }));
    expect([exif.latitude, exif.longitude].map((n) => Number(n?.toFixed(4)))).toEqual([51.5007, -0.1246]);
    expect(exif.takenAt).toBe('2025-01-02T23:59:59');
  });

  it('gives no position for 0/0 (no fix) and no time for a camera clock never set', async () => {
    expect(await readPhotoExif(jpegWithExif({ latitude: 0, longitude: 0, dateTimeOriginal: '0000:00:00 00:00:00' }))).toEqual({ latitude: null, longitude: null, takenAt: null });
  });

  it('gives nothing, without failing, for a photo without EXIF or bytes that are no image', async () => {
    const none = { latitude: null, longitude: null, takenAt: null };
    expect(await readPhotoExif(SMALL_JPEG)).toEqual(none);
    expect(await readPhotoExif(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0xff, 0xff, 0xff, 0xff]))).toEqual(none);
    expect(await readPhotoExif(Buffer.from('bukan foto'))).toEqual(none);
  });
});
