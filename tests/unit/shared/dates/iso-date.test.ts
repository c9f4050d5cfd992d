import { addDays, addMonths, differenceInCalendarDays, formatISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, parseIsoDate, toIsoDate } from '../../../../shared/dates/iso-date';

/*
 * iso-date.ts does its arithmetic on calendar numbers (note 0024). The oracle is what it did before: date-fns
 * on Dates built at local noon, formatted back with formatISO. vitest.config.ts runs the suite in
 * America/New_York, so the days around daylight-saving changes are among those drawn.
 */
const noon = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};
const iso = (date: Date) => formatISO(date, { representation: 'date' });

// 1600-01-01 .. about 2400: every leap-year rule (1700, 1900 and 2100 are not leap years, 2000 is).
const calendarDate = fc.integer({ min: 0, max: 292_000 }).map((offset) => iso(addDays(new Date(1600, 0, 1, 12), offset)));

describe('calendar arithmetic without Dates', () => {
  it('adds days as date-fns does', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(addDaysIso(date, days)).toBe(iso(addDays(noon(date), days)));
      }),
      { numRuns: 2000 },
    );
  });

  it('adds months as date-fns does, clamping to the end of the month', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        expect(addMonthsIso(date, months)).toBe(iso(addMonths(noon(date), months)));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts calendar days between dates as date-fns does', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (from, to) => {
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(noon(to), noon(from)));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips a Date through its local calendar date', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 23 }), (date, hour) => {
        const moment = noon(date);
        moment.setHours(hour);
        expect(toIsoDate(moment)).toBe(iso(moment));
        expect(toIsoDate(parseIsoDate(date)!)).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('worked cases: month ends, leap days, a year back, the spring-forward Sunday', () => {
    // Jan 31 + 1 month: February has 28 days in 2027, so Feb 28; 29 in 2028.
    expect(addMonthsIso('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    // Feb 29 2028 - 12 months: 2027 has no Feb 29, so Feb 28.
    expect(addMonthsIso('2028-02-29', -12)).toBe('2027-02-28');
    // Dec 15 + 1 month crosses into the next year.
    expect(addMonthsIso('2027-12-15', 1)).toBe('2028-01-15');
    // Entry Mar 10 2027 + 30 days: 21 days left in March (11..31), then 9 in April: Apr 9.
    expect(addDaysIso('2027-03-10', 30)).toBe('2027-04-09');
    // In New York clocks go forward on Mar 14 2027; the day still counts once.
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(daysBetween('2027-03-15', '2027-03-13')).toBe(-2);
  });

  it('refuses a part of a day or month, and a Date that is not a date (never a garbled ISO string)', () => {
    expect(() => addDaysIso('2027-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDaysIso('2027-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addMonthsIso('2027-01-01', 0.5)).toThrow(RangeError);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('refuses what is not a calendar date', () => {
    for (const text of ['2027-02-29', '2027-13-01', '2027-04-31', 'tomorrow', '2027-1-01']) {
      expect(() => addDaysIso(text, 1)).toThrow(RangeError);
      expect(() => addMonthsIso(text, 1)).toThrow(RangeError);
      expect(() => daysBetween(text, '2027-01-01')).toThrow(RangeError);
    }
  });
});
