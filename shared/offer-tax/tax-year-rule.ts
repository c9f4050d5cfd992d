import { addMonthsIso, type IsoDate } from '../dates/iso-date';

/**
 * Which calendar tax year an offer year is taxed as, and when its dated payments fall.
 *
 * Offer years run from the start date (year k = months 12(k-1)..12k after the start, shared/offers
 * year-rule.ts); China's tax year is the calendar year. The comparison has one figure per offer year, so
 * each offer year is taxed as ONE tax year: the brackets, deductions and rule set are those of the calendar
 * year in which most of its twelve months fall (the start month counts as a whole month; on a six-six split
 * the later year, the one the year ends in).
 *
 * The two reliefs that end on 2027-12-31 are NOT decided by that tax year: they attach to payments, so an
 * offer year that straddles the end date gets each payment's own answer (shared/tax/relief-timing.ts):
 * - the annual bonus is paid at month 12k (issue 3: a payment at month 12k belongs to year k), so year 1 of
 *   a 2027-03-01 start has its bonus on 2028-03-01, too late for the separate option although most of the
 *   year it rewards is in 2027;
 * - monthly allowances are paid for months 12(k-1)..12(k-1)+11 after the start (the twelve months the year
 *   covers), each on that month's start day, so a 2027-03-01 start has ten exempt housing months in year 1.
 *
 * Simplification, shown in the UI: a real first calendar year in China holds only the months actually
 * worked, and every payment is taxed in its own calendar year; splitting an offer year's wages and brackets
 * over two tax years would need the month of every payment, which the offer does not record.
 */
export interface OfferYearPeriod {
  /** Offer year, 1-based. */
  readonly year: number;
  /** First and last month of the offer year, yyyy-MM. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  /** The calendar year whose rules (brackets, deductions) tax this offer year. */
  readonly taxYear: number;
  /** How many of the offer year's months fall in `taxYear` (7-12, or 6 on an even split). */
  readonly monthsInTaxYear: number;
  /** The day the year's annual bonus is paid: start + 12 x year months (yyyy-MM-dd). */
  readonly annualBonusPaidOn: IsoDate;
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
    annualBonusPaidOn: offerMonthDate(startDate, 12 * year),
  };
}

/**
 * The date `month` months after the start (month 0 = the start date), the day a payment at that month is
 * taken to be made. Clamped to the month's end like addMonthsIso: a 2027-01-31 start pays on 2027-02-28.
 */
export function offerMonthDate(startDate: IsoDate, month: number): IsoDate {
  return addMonthsIso(startDate, month);
}

/** The months after the start that offer year `year` covers, first to last: the allowance months. */
export function offerYearMonths(year: number): number[] {
  return Array.from({ length: 12 }, (_, index) => 12 * (year - 1) + index);
}

export function offerYearPeriods(startDate: IsoDate, horizonYears: number): OfferYearPeriod[] {
  return Array.from({ length: horizonYears }, (_, index) => offerYearPeriod(startDate, index + 1));
}
