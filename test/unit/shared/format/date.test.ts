import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../../shared/format/date';
import { dateIn } from '../../../../shared/format/time-zone';

describe('dates of events', () => {
  it("takes the kelurahan's calendar date, not UTC's, for names and Bagging-Date", () => {
    const lateUtc = new Date('2026-03-14T18:30:00Z');
    expect(dateIn('WIB', lateUtc)).toBe('2026-03-15');
    expect(dateIn('WIB', new Date('2026-03-14T16:59:00Z'))).toBe('2026-03-14');
    expect(dateIn('WITA', new Date('2026-03-14T15:59:00Z'))).toBe('2026-03-14');
    expect(dateIn('WIT', new Date('2026-03-14T15:00:00Z'))).toBe('2026-03-15');
  });

  it('writes a moment as a letter would, in the computer\'s own zone', () => {
    const local = new Date(2026, 10, 27, 9, 5);
    expect(formatTimestamp(local.toISOString())).toBe('Jumat, 27 November 2026 pukul 09.05');
    expect(formatTimestamp(new Date(2026, 0, 4, 23, 59).toISOString())).toBe('Minggu, 4 Januari 2026 pukul 23.59');
  });
});
