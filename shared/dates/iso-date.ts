import { calendarPartsOf, dayNumberOf, daysInMonth, isoDateOfDayNumber, isoDateOfParts } from './day-numbers';

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
  if (Number.isNaN(date.getTime()) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** The local calendar date of a moment. */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Not a date');
  return isoDateOfParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/*
 * The arithmetic below works on calendar numbers, not Dates (note 0024): a checklist's deadlines, the
 * timeline and the reminders resolve every item's date from its anchor on each change, and a Date, a
 * time-zone offset and a formatted string per step were most of that work. The answers are date-fns's
 * addDays, addMonths and differenceInCalendarDays on local-noon Dates (tests/unit/shared/dates).
 */

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return isoDateOfDayNumber(dayNumberOf(date) + days);
}

/** Month arithmetic clamps to the month's end: 2027-01-31 + 1 month = 2027-02-28. */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const parts = calendarPartsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return isoDateOfParts(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
