import type { IsoDate } from '../dates/iso-date';

/**
 * Which calendar tax year an offer year is taxed as.
 *
 * Offer years run from the start date (year k = months 12(k-1)..12k after the start, shared/offers
 * year-rule.ts); China's tax year is the calendar year. The comparison has one figure per offer year, so
 * each offer year is taxed as ONE tax year, under the rules of the calendar year in which most of its twelve
 * months fall (the start month counts as a whole month). On a six-six split the later calendar year is used:
 * the time-limited reliefs (separate bonus, foreign allowances exemption) end on 2027-12-31, and claiming a
 * relief for a year that is only half inside its window would overstate the take-home.
 *
 * Simplification, shown in the UI: a real first calendar year in China holds only the months actually
 * worked (and a bonus or vest is taxed in the month it is paid); spreading an offer year over two tax years
 * would need the month of every payment, which the offer does not record.
 */
export interface OfferYearPeriod {
  /** Offer year, 1-based. */
  readonly year: number;
  /** First and last month of the offer year, yyyy-MM. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  /** The calendar year whose rules tax this offer year. */
  readonly taxYear: number;
  /** How many of the offer year's months fall in `taxYear` (7-12, or 6 on an even split). */
  readonly monthsInTaxYear: number;
}

const START_PATTERN = /^(\d{4})-(\d{2})-\d{2}$/;

function monthText(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The period and tax year of offer year `year` (1-based) for an offer starting on `startDate` (yyyy-MM-dd). */
export function offerYearPeriod(startDate: IsoDate, year: number): OfferYearPeriod {
  const match = START_PATTERN.exec(startDate);
  if (!match || !Number.isInteger(year) || year < 1) throw new RangeError(`offerYearPeriod: bad start ${startDate} or year ${year}`);
  const startIndex = Number(match[1]) * 12 + (Number(match[2]) - 1);
  const first = startIndex + 12 * (year - 1);
  const last = first + 11;
  const firstCalendarYear = Math.floor(first / 12);
  const monthsInFirst = 12 - (first % 12);
  const isFirstYearMajority = monthsInFirst > 6;
  return {
    year,
    firstMonth: monthText(first),
    lastMonth: monthText(last),
    taxYear: isFirstYearMajority ? firstCalendarYear : firstCalendarYear + 1,
    monthsInTaxYear: isFirstYearMajority ? monthsInFirst : 12 - monthsInFirst,
  };
}

export function offerYearPeriods(startDate: IsoDate, horizonYears: number): OfferYearPeriod[] {
  return Array.from({ length: horizonYears }, (_, index) => offerYearPeriod(startDate, index + 1));
}
