import { addDays, addMonths, differenceInCalendarDays, formatISO, isValid } from 'date-fns';

/**
 * Calendar dates travel as ISO strings (yyyy-MM-dd). Date objects are built at noon local time so that a
 * daylight-saving shift (which moves midnight by an hour) can never push a date into the previous day.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null for anything that is not a real calendar date (2027-02-30, 2027-13-01, "tomorrow"). */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(year, month - 1, day, 12, 0, 0, 0);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** The local calendar date. formatISO, not format(): format's pattern engine is most of date-fns's weight. */
export function toIsoDate(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

function mustParse(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(mustParse(date), days));
}

/** Month arithmetic clamps to the month's end: 2027-01-31 + 1 month = 2027-02-28. */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(mustParse(date), months));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(mustParse(to), mustParse(from));
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
