import type { IsoDate } from '../dates/iso-date';
import { absenceRanges, dayNumber, fullDayRanges, overlapDays, type CountOptions } from './day-ranges';
import type { Stay } from './schema';

/** IIT Law art. 1: an individual without domicile is resident in a calendar year with 183 days or more in China. */
export const RESIDENCE_DAYS = 183;
/** Announcement 2019 No. 34 art. 2: a single absence of more than 30 days restarts the six-year count. */
export const MAX_SINGLE_ABSENCE_DAYS = 30;

export interface CalendarYearCount {
  readonly year: number;
  readonly fullDays: number;
  readonly isResidentByDays: boolean;
  /** The longest single absence, counted in full days away that fall in this year (0 if none). */
  readonly longestAbsenceDays: number;
  readonly hasLongAbsence: boolean;
}

const yearBounds = (year: number) => ({ first: dayNumber(`${year}-01-01`), last: dayNumber(`${year}-12-31`) });

/**
 * One row per calendar year from `fromYear` to `toYear`. An absence that spans New Year is counted in each
 * year by its days in that year, the literal reading of "in a tax year, one departure of more than 30 days".
 */
export function calendarYearCounts(stays: readonly Stay[], fromYear: number, toYear: number, options: CountOptions): CalendarYearCount[] {
  const present = fullDayRanges(stays, options);
  const away = absenceRanges(stays, options);
  const rows: CalendarYearCount[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const { first, last } = yearBounds(year);
    const fullDays = present.reduce((sum, range) => sum + overlapDays(range, first, last), 0);
    const longestAbsenceDays = away.reduce((max, range) => Math.max(max, overlapDays(range, first, last)), 0);
    rows.push({
      year,
      fullDays,
      isResidentByDays: fullDays >= RESIDENCE_DAYS,
      longestAbsenceDays,
      hasLongAbsence: longestAbsenceDays > MAX_SINGLE_ABSENCE_DAYS,
    });
  }
  return rows;
}

/** The years the log touches, and at least the year of `today`; null for an empty log. */
export function logYears(stays: readonly Stay[], today: IsoDate): { fromYear: number; toYear: number } | null {
  if (stays.length === 0) return null;
  const years = stays.flatMap((stay) => [stay.entry, stay.exit ?? stay.entry]).map((date) => Number(date.slice(0, 4)));
  return { fromYear: Math.min(...years), toYear: Math.max(...years, Number(today.slice(0, 4))) };
}
