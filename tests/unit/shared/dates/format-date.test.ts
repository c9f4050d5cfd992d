import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDayOf,
  formatDayMonth,
  formatIsoMonth,
  formatMonthName,
  formatAxisMonth,
  formatMonthYear,
  formatMoment,
  formatPartialDate,
  formatRelativeDays,
  parseTypedDate,
  typedDateToIso,
} from '../../../../shared/dates/format-date';

// Expectations are written by hand from CLDR's medium date patterns: en "MMM d, y", zh "y年M月d日".
describe('formatDate', () => {
  it('writes a stored ISO date the way each interface language does', () => {
    expect(formatDate('2027-03-10', 'en')).toBe('Mar 10, 2027');
    expect(formatDate('2027-03-10', 'zh-CN')).toBe('2027年3月10日');
    expect(formatDate('2027-01-11', 'en')).toBe('Jan 11, 2027');
    expect(formatDate('2027-01-11', 'zh-CN')).toBe('2027年1月11日');
    // The last day of a year stays on that day (built at noon, so no time zone moves it).
    expect(formatDate('2026-12-31', 'en')).toBe('Dec 31, 2026');
    expect(formatDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
  });

  it('writes the local day of a moment, and leaves a damaged one as it is', () => {
    const moment = new Date(2026, 11, 2, 9, 30).toISOString();
    expect(formatDayOf(moment, 'en')).toBe('Dec 2, 2026');
    expect(formatDayOf('2026-12-02', 'zh-CN')).toBe('2026年12月2日');
    expect(formatDayOf('not a time', 'en')).toBe('not a time');
    expect(formatDayOf('2026-13-45T00:00:00Z', 'en')).toBe('2026-13-45T00:00:00Z');
  });

  it('leaves text that is not a calendar date as it is', () => {
    expect(formatDate('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatDate('', 'zh-CN')).toBe('');
  });
});

describe('months, axes and moments', () => {
  const march = new Date(2027, 2, 10, 12);
  it('writes months and short axis labels', () => {
    expect(formatMonthYear(march, 'en')).toBe('Mar 2027');
    expect(formatMonthYear(march, 'zh-CN')).toBe('2027年3月');
    expect(formatMonthYear(march, 'en', 'long')).toBe('March 2027');
    expect(formatIsoMonth('2024-05', 'en')).toBe('May 2024');
    expect(formatIsoMonth('2024-05', 'zh-CN')).toBe('2024年5月');
    expect(formatMonthName(march, 'en')).toBe('Mar');
    expect(formatMonthName(march, 'zh-CN')).toBe('3月');
    expect(formatDayMonth('2027-03-10', 'en')).toBe('Mar 10');
    expect(formatDayMonth('2027-03-10', 'zh-CN')).toBe('3月10日');
  });

  it('names a chart axis month alone, with its full year only where asked (never "Jan 27", which reads as a day)', () => {
    const january = new Date(2027, 0, 15, 12);
    expect(formatAxisMonth(march, 'en', false)).toBe('Mar');
    expect(formatAxisMonth(march, 'zh-CN', false)).toBe('3月');
    expect(formatAxisMonth(january, 'en', true)).toBe('Jan 2027');
    expect(formatAxisMonth(january, 'zh-CN', true)).toBe('2027年1月');
  });

  it('writes vague source dates at the precision they have', () => {
    expect(formatPartialDate('2021', 'zh-CN')).toBe('2021');
    expect(formatPartialDate('2021-03', 'en')).toBe('Mar 2021');
    expect(formatPartialDate('2021-03', 'zh-CN')).toBe('2021年3月');
    expect(formatPartialDate('2021-03-31', 'en')).toBe('Mar 31, 2021');
  });

  it('writes a moment with its local time', () => {
    // 14:05 local time, written without a zone so it is local wherever the test runs.
    expect(formatMoment('2027-03-10T14:05:00', 'en')).toBe('Mar 10, 2027, 2:05 PM');
    expect(formatMoment('2027-03-10T14:05:00', 'zh-CN')).toBe('2027年3月10日 14:05');
  });

  it('writes relative days through Intl', () => {
    expect(formatRelativeDays(3, 'en')).toBe('in 3 days');
    expect(formatRelativeDays(1, 'en')).toBe('tomorrow');
    expect(formatRelativeDays(-5, 'en')).toBe('5 days ago');
    expect(formatRelativeDays(3, 'zh-CN')).toBe('3天后');
    expect(formatRelativeDays(1, 'zh-CN')).toBe('明天');
    expect(formatRelativeDays(-5, 'zh-CN')).toBe('5天前');
  });
});

describe('parseTypedDate', () => {
  it('accepts ISO and both languages’ own forms', () => {
    for (const text of ['2027-03-10', ' 2027/3/10 ', '2027.03.10', '2027年3月10日', '2027 年 3 月 10 日', 'Mar 10, 2027', 'March 10 2027', 'mar. 10, 2027', '10 Mar 2027', '3/10/2027']) {
      expect(parseTypedDate(text), text).toBe('2027-03-10');
    }
  });

  it('refuses impossible days and anything that is not a date', () => {
    // 2027 is not a leap year: Feb 29 does not exist; 2028 is (divisible by 4, not by 100).
    expect(parseTypedDate('2027-02-29')).toBeNull();
    expect(parseTypedDate('Feb 29, 2027')).toBeNull();
    expect(parseTypedDate('2028年2月29日')).toBe('2028-02-29');
    expect(parseTypedDate('13/01/2027')).toBeNull(); // month 13 in the US order
    expect(parseTypedDate('Ma 10, 2027')).toBeNull();
    expect(parseTypedDate('tomorrow')).toBeNull();
    // Half-typed ISO (on the way to 2027-06-26) is not read as June 2.
    expect(parseTypedDate('2027-06-2')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });

  it('hands text that is not a date back trimmed, so the field shows its own message', () => {
    expect(typedDateToIso(' 2027年1月11日 ')).toBe('2027-01-11');
    expect(typedDateToIso(' soon ')).toBe('soon');
  });
});
