import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, meetingDue } from '../../../../shared/meeting/due';

describe('three months after a meeting', () => {
  it('falls on the same day, or on the last day of a shorter month', () => {
    expect(addMonths('2026-08-27', 3)).toBe('2026-11-27');
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-12-31', 3)).toBe('2027-03-31');
  });

  it('counts whole calendar days, across a year end and a leap day', () => {
    expect(daysBetween('2026-11-28', '2027-02-28')).toBe(92);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-28', '2026-11-27')).toBe(-1);
  });
});

describe('when the next Musyawarah Kelurahan is due', () => {
  it('is now when none has been held', () => {
    expect(meetingDue(null, '2026-11-28')).toEqual({ state: 'NO_MEETING_YET' });
  });

  it('counts the days left, down to the due day itself', () => {
    expect(meetingDue('2026-11-28', '2026-11-28')).toEqual({ state: 'ON_TIME', dueDate: '2027-02-28', daysLeft: 92 });
    expect(meetingDue('2026-11-30', '2027-02-28')).toEqual({ state: 'ON_TIME', dueDate: '2027-02-28', daysLeft: 0 });
  });

  it('counts the days past it once it is overdue', () => {
    expect(meetingDue('2026-08-27', '2026-11-28')).toEqual({ state: 'OVERDUE', dueDate: '2026-11-27', daysOverdue: 1 });
    expect(meetingDue('2027-11-30', '2028-03-10')).toEqual({ state: 'OVERDUE', dueDate: '2028-02-29', daysOverdue: 10 });
  });
});
