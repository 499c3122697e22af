import { describe, expect, it } from 'vitest';
import { displayToIso, isRealIsoDate, isoToDisplay } from '../../../../shared/format/date-input';

describe('date input', () => {
  it.each([
    ['17-05-1980', '1980-05-17'],
    ['7/5/1980', '1980-05-07'],
    [' 01.12.2001 ', '2001-12-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(displayToIso(text)).toBe(iso);
    expect(isRealIsoDate(iso)).toBe(true);
  });
  it.each(['1980-05-17', '17-05-80', '17 Mei 1980', ''])('does not guess %j', (text) => {
    expect(displayToIso(text)).toBeNull();
  });
  it('refuses dates that do not exist', () => {
    expect(isRealIsoDate('1980-02-30')).toBe(false);
    expect(isRealIsoDate('2001-02-29')).toBe(false);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
  });
  it('shows ISO dates the KTP way and leaves other text alone', () => {
    expect(isoToDisplay('1980-05-17')).toBe('17-05-1980');
    expect(isoToDisplay('17-5-80')).toBe('17-5-80');
  });
});
