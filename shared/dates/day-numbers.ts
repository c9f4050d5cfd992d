import type { IsoDate } from './iso-date';
import { remembered } from '../memo/remembered';

/**
 * Calendar arithmetic on whole day numbers (days since 1970-01-01), without Date objects. The heatmap, the
 * streaks and the weekly chart walk every day of a log that can be years long, and every checklist deadline
 * is an anchor date plus an offset; doing that with date-fns (a Date, a time-zone offset and a formatted
 * string per step) was most of their cost (notes 0019, 0024). The results are the calendar dates date-fns
 * gives for Dates at local noon (held to it by property tests in a zone with daylight saving).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month (1-12) and day of an ISO date, or null for anything that is not a real calendar date. */
export function calendarPartsOf(date: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? null : { year, month, day };
}

/** The ISO date of a year, month (1-12) and day (assumed valid). */
export function isoDateOfParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of an ISO date; throws for anything that is not a real calendar date, as addDaysIso does. */
export const dayNumberOf: (date: IsoDate) => number = remembered(computeDayNumber);

function computeDayNumber(date: IsoDate): number {
  const parts = calendarPartsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const { year, month, day } = parts;
  // Days from civil (H. Hinnant's algorithm): years start in March, so the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date (yyyy-MM-dd) of a day number. */
export const isoDateOfDayNumber: (dayNumber: number) => IsoDate = remembered(computeIsoDate);

function computeIsoDate(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateOfParts(year, month, day);
}

/** ISO weekday of a day number: Monday = 1 ... Sunday = 7 (1970-01-01 was a Thursday). */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The day number of the Monday of the week holding `dayNumber`. */
export function weekStartDayNumber(dayNumber: number): number {
  return dayNumber - (isoWeekdayOfDayNumber(dayNumber) - 1);
}
