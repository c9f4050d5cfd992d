import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, isIsoDate } from '../../../shared/dates/iso-date';

describe('ISO calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('27-1-1')).toBe(false);
  });
  it('adds across month ends and daylight-saving changes without slipping a day', () => {
    expect(addDaysIso('2027-03-10', 30)).toBe('2027-04-09');
    expect(addDaysIso('2027-03-10', 1)).toBe('2027-03-11');
    expect(addDaysIso('2027-03-13', 1)).toBe('2027-03-14');
    expect(addDaysIso('2027-10-30', 2)).toBe('2027-11-01');
    expect(addMonthsIso('2027-01-31', 1)).toBe('2027-02-28');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
  });
});
