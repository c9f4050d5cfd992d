import { getISODay } from 'date-fns';
import { addDaysIso, daysBetween, parseIsoDate, type IsoDate } from '../dates/iso-date';
import { dayNumberOf, isoWeekdayOfDayNumber } from '../dates/day-numbers';
import type { RestRule } from './schema';

/** ISO weekday of a date: Monday = 1 ... Sunday = 7. */
export function isoWeekdayOf(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return getISODay(parsed);
}

/** The Monday of the week holding `date`; weeks run Monday to Sunday, as in China and ISO 8601. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDaysIso(date, 1 - isoWeekdayOf(date));
}

export function restDaysPerWeek(rule: RestRule): number {
  return rule.kind === 'per-week' ? rule.daysPerWeek : new Set(rule.weekdays).size;
}

/** True only for fixed rest weekdays; a per-week allowance has no rest day known in advance. */
export function isFixedRestDay(rule: RestRule, date: IsoDate): boolean {
  return isFixedRestWeekday(rule, isoWeekdayOf(date));
}

/** isFixedRestDay for an ISO weekday (Monday = 1), for walks that already know it. */
export function isFixedRestWeekday(rule: RestRule, weekday: number): boolean {
  return rule.kind === 'weekdays' && rule.weekdays.includes(weekday);
}

/**
 * Planned study days in [from, toExclusive). With a per-week allowance the free days can fall anywhere, so
 * the count is the fractional average (7 - n) / 7 per day; fixed weekdays are counted exactly.
 */
export function studyDaysInRange(rule: RestRule, from: IsoDate, toExclusive: IsoDate): number {
  const days = daysBetween(from, toExclusive);
  if (days <= 0) return 0;
  if (rule.kind === 'per-week') return (days * (7 - rule.daysPerWeek)) / 7;
  let count = 0;
  const first = dayNumberOf(from);
  for (let offset = 0; offset < days; offset += 1) {
    if (!isFixedRestWeekday(rule, isoWeekdayOfDayNumber(first + offset))) count += 1;
  }
  return count;
}
