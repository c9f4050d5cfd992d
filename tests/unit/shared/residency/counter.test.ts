import { describe, expect, it } from 'vitest';
import {
  bestPresenceWindow,
  calendarYearCounts,
  fullDayRanges,
  residencyReport,
  sixYearCount,
  type ResidencySection,
  type Stay,
} from '../../../../shared/residency';

let nextId = 0;
const stay = (entry: string, exit: string | null, isPlanned = false): Stay => ({ id: `s${(nextId += 1)}`, entry, exit, isPlanned, note: '' });
const section = (stays: Stay[]): ResidencySection => ({ stays, isUsedForTax: true });
const options = (openUntil = '2035-12-31', includePlanned = true) => ({ includePlanned, openUntil });
const year = (stays: Stay[], y: number) => calendarYearCounts(stays, y, y, options())[0]!;

describe('full days: the day of entry and the day of exit are not full days', () => {
  it('counts only the days strictly between entry and exit', () => {
    // Entry 03-01, exit 03-03: only 03-02 is a whole day in China.
    expect(year([stay('2027-03-01', '2027-03-03')], 2027).fullDays).toBe(1);
    // Entry one day, exit the next: no whole day.
    expect(year([stay('2027-03-01', '2027-03-02')], 2027).fullDays).toBe(0);
    // In and out on the same day: nothing.
    expect(year([stay('2027-03-01', '2027-03-01')], 2027).fullDays).toBe(0);
  });

  it('a year with exactly 183 full days meets the test, one fewer does not', () => {
    // Entry 2027-01-01, exit 2027-07-04: full days 01-02..07-03 =
    // Jan 30 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 3 = 183.
    const exactly = year([stay('2027-01-01', '2027-07-04')], 2027);
    expect(exactly.fullDays).toBe(183);
    expect(exactly.isResidentByDays).toBe(true);
    // Leaving a day earlier (07-03) loses 07-03: 182, not resident.
    const short = year([stay('2027-01-01', '2027-07-03')], 2027);
    expect(short.fullDays).toBe(182);
    expect(short.isResidentByDays).toBe(false);
  });

  it('adds several stays and splits a stay over New Year by calendar year', () => {
    // 2026-12-20 -> 2027-01-10: 2026 has 12-21..12-31 = 11, 2027 has 01-01..01-09 = 9.
    // Plus 2027-02-01 -> 2027-02-11: 02-02..02-10 = 9. 2027 total 18.
    const stays = [stay('2026-12-20', '2027-01-10'), stay('2027-02-01', '2027-02-11')];
    const rows = calendarYearCounts(stays, 2026, 2027, options());
    expect(rows.map((r) => [r.year, r.fullDays])).toEqual([
      [2026, 11],
      [2027, 18],
    ]);
  });

  it('leaving and coming back on the same day loses that day', () => {
    // 01-01 -> 01-10 (8 full days: 01-02..01-09), back 01-10 -> 01-20 (9: 01-11..01-19). 01-10 is not full.
    expect(year([stay('2027-01-01', '2027-01-10'), stay('2027-01-10', '2027-01-20')], 2027).fullDays).toBe(17);
  });

  it('planned stays count only when asked, and an open stay runs to the end of the last year shown', () => {
    const stays = [stay('2027-01-01', '2027-03-01'), stay('2027-05-01', null, true)];
    // Recorded only: 01-02..02-28 = 30 + 28 = 58.
    expect(calendarYearCounts(stays, 2027, 2027, options('2027-12-31', false))[0]!.fullDays).toBe(58);
    // With the planned, open stay: + 05-02..12-31 = 30 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 244 -> 302.
    expect(calendarYearCounts(stays, 2027, 2027, options('2027-12-31', true))[0]!.fullDays).toBe(302);
  });
});

describe('absences', () => {
  it('measures a single absence in full days away, in the year it falls', () => {
    // Exit 2027-07-01, back 2027-08-02: away 07-02..08-01 = 30 + 1 = 31 full days.
    const rows = year([stay('2027-01-01', '2027-07-01'), stay('2027-08-02', '2027-12-31')], 2027);
    expect(rows.longestAbsenceDays).toBe(31);
    expect(rows.hasLongAbsence).toBe(true);
    // Back on 08-01: away 07-02..07-31 = 30, not more than 30.
    const thirty = year([stay('2027-01-01', '2027-07-01'), stay('2027-08-01', '2027-12-31')], 2027);
    expect(thirty.longestAbsenceDays).toBe(30);
    expect(thirty.hasLongAbsence).toBe(false);
  });

  it('an absence over New Year counts in each year by its own days there', () => {
    // Exit 2027-12-10, back 2028-01-25: 2027 has 12-11..12-31 = 21, 2028 has 01-01..01-24 = 24; neither over 30.
    const stays = [stay('2027-01-01', '2027-12-10'), stay('2028-01-25', '2028-12-31')];
    const rows = calendarYearCounts(stays, 2027, 2028, options());
    expect(rows.map((r) => r.longestAbsenceDays)).toEqual([21, 24]);
  });
});

describe('six-year rule (foreign nationals)', () => {
  // In China from 2018-12-20; one trip abroad in 2022; back and staying to the end of 2030.
  const withTrip = (backOn: string) => [stay('2018-12-20', '2022-07-01'), stay(backOn, '2030-12-31')];

  it('a trip of 31 days restarts the count; foreign income becomes taxable six counting years later', () => {
    // Away 2022-07-02..2022-08-01 = 31 full days > 30: 2022 does not count (it is still a resident year:
    // 2022 full days = 01-01..06-30 (181) + 08-03..12-31 (151) = 332).
    // Streak: 2019 1, 2020 2, 2021 3, 2022 0, 2023 1 ... 2028 6, 2029 7, 2030 8, so 2029 has six counting years before it.
    const rows = calendarYearCounts(withTrip('2022-08-02'), 2018, 2030, options());
    expect(rows.find((r) => r.year === 2022)!.fullDays).toBe(332);
    const result = sixYearCount(rows);
    expect(result.rows.map((r) => r.streak)).toEqual([1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.rows.find((r) => r.year === 2022)!.reset).toBe('long-absence');
    expect(result.firstTaxableYear).toBe(2029);
  });

  it('a trip of 30 days does not: six counting years 2019-2024 make 2025 taxable', () => {
    const result = sixYearCount(calendarYearCounts(withTrip('2022-08-01'), 2018, 2030, options()));
    expect(result.rows.find((r) => r.year === 2022)!.reset).toBeNull();
    expect(result.firstTaxableYear).toBe(2025);
  });

  it('years before 2019 never count, and a short year restarts the count', () => {
    // 2015-2027 in China except 2021 with only 100 full days (2021-01-01 -> 2021-04-12: 01-02..04-11 = 30+28+31+11 = 100).
    const stays = [stay('2015-01-01', '2021-04-12'), stay('2022-01-01', '2027-12-31')];
    const result = sixYearCount(calendarYearCounts(stays, 2015, 2027, options()));
    expect(result.rows[0]!.year).toBe(2019);
    expect(result.rows.find((r) => r.year === 2021)!.reset).toBe('short-year');
    // 2022 counts from 2022-01-02 (entry day is not full): 364 days. Streak 2022..2027 = 6 at the end of 2027.
    expect(result.firstTaxableYear).toBeNull();
    expect(result.rows.at(-1)!.streak).toBe(6);
    // So 2028 is the earliest year it could apply (if 2028 is a resident year).
    expect(result.earliestPossibleYear).toBe(2028);
  });
});

describe('FEIE physical presence: 330 full days in any 12 consecutive months', () => {
  it('finds a 330-day window across a year boundary when no calendar year has 330', () => {
    // Stay 1: 2026-05-01 -> 2026-07-01: full days 05-02..06-30 = 30 + 30 = 60.
    // Stay 2: 2026-08-01 -> 2027-07-10: 08-02..12-31 = 30+30+31+30+31 = 152, 2027-01-01..07-09 = 31+28+31+30+31+30+9 = 190.
    // Calendar years: 2026 = 60 + 152 = 212, 2027 = 190, neither 330.
    // Window 2026-08-02..2027-08-01 holds all of stay 2: 152 + 190 = 342 (the best).
    // (2026-05-02..2027-05-01 holds 60 + 152 + 121 = 333: also met, but fewer.)
    const stays = [stay('2026-05-01', '2026-07-01'), stay('2026-08-01', '2027-07-10')];
    const rows = calendarYearCounts(stays, 2026, 2027, options());
    expect(rows.map((r) => r.fullDays)).toEqual([212, 190]);
    const best = bestPresenceWindow(fullDayRanges(stays, options()));
    expect(best).toEqual({ from: '2026-08-02', to: '2027-08-01', fullDays: 342, isMet: true });
  });

  it('is not met with 329 full days', () => {
    // 2027-01-01 -> 2027-11-27: 01-02..11-26 = 365 - 1 - 35 = 329 (Jan 1 and Nov 27..Dec 31 left out).
    const best = bestPresenceWindow(fullDayRanges([stay('2027-01-01', '2027-11-27')], options()));
    expect(best!.fullDays).toBe(329);
    expect(best!.isMet).toBe(false);
  });
});

describe('the report', () => {
  it('is null for an empty log and picks the tests by the person', () => {
    expect(residencyReport({ section: section([]), basis: 'days', today: '2026-12-01', includePlanned: true })).toBeNull();
    const stays = [stay('2027-01-01', '2027-07-04')];
    const domicile = residencyReport({ section: section(stays), basis: 'domicile', today: '2026-12-01', includePlanned: true })!;
    expect(domicile.sixYear).toBeNull();
    expect(domicile.presence).toBeNull();
    const us = residencyReport({ section: section(stays), basis: 'days', usTaxStatus: 'green-card', today: '2026-12-01', includePlanned: true })!;
    expect(us.years.map((y) => y.year)).toEqual([2027]);
    expect(us.sixYear).not.toBeNull();
    expect(us.presence!.fullDays).toBe(183);
  });
});
