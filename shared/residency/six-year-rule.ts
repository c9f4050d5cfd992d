import type { CalendarYearCount } from './calendar-years';

/*
 * MOF/STA Announcement 2019 No. 34, art. 2: an individual without domicile who has had six consecutive
 * years of 183 days or more in China, none with a single absence of more than 30 days, is taxed on income
 * from outside China paid from outside China in the next year in which they are resident again. Years are
 * counted from 2019 (earlier years do not count). A year of fewer than 183 days, or one with an absence of
 * more than 30 days, restarts the count from the following year.
 */
export const SIX_YEAR_RULE_FIRST_YEAR = 2019;
export const SIX_YEARS = 6;

export interface SixYearRow {
  readonly year: number;
  /** The year counts toward the six: resident by days and no absence of more than 30 days. */
  readonly counts: boolean;
  /** The consecutive counting years up to and including this one. */
  readonly streak: number;
  /** Counting years before this one (the streak this year is judged by). */
  readonly streakBefore: number;
  /** Income from outside China is taxable this year. */
  readonly isForeignIncomeTaxable: boolean;
  /** Why the count restarted in this year, if it did. */
  readonly reset: 'short-year' | 'long-absence' | null;
}

export interface SixYearResult {
  readonly rows: readonly SixYearRow[];
  /** The first year of the rows in which foreign-source income is taxable; null when none. */
  readonly firstTaxableYear: number | null;
  /**
   * When no row reaches it: the earliest year it could, if every year after the last row counts (and
   * that year is resident too). Null when a row already reaches it.
   */
  readonly earliestPossibleYear: number | null;
}

export function sixYearCount(years: readonly CalendarYearCount[]): SixYearResult {
  const rows: SixYearRow[] = [];
  let streak = 0;
  for (const year of years) {
    if (year.year < SIX_YEAR_RULE_FIRST_YEAR) continue;
    const streakBefore = streak;
    const counts = year.isResidentByDays && !year.hasLongAbsence;
    streak = counts ? streak + 1 : 0;
    rows.push({
      year: year.year,
      counts,
      streak,
      streakBefore,
      isForeignIncomeTaxable: year.isResidentByDays && streakBefore >= SIX_YEARS,
      reset: counts ? null : year.isResidentByDays ? 'long-absence' : 'short-year',
    });
  }
  const firstTaxable = rows.find((row) => row.isForeignIncomeTaxable);
  const last = rows.at(-1);
  return {
    rows,
    firstTaxableYear: firstTaxable?.year ?? null,
    earliestPossibleYear: firstTaxable || !last ? null : last.year + 1 + Math.max(0, SIX_YEARS - last.streak),
  };
}
